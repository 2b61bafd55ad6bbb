#include "milter/daemon.h"

#include <libmilter/mfapi.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "common/wall_clock.h"
#include "audit/audit_log.h"
#include "config/file_change_watcher.h"
#include "decision/crypto.h"
#include "metrics/metrics_server.h"
#include "metrics/milter_metrics.h"
#include "milter/spooling_buffer.h"
#include "milter/held_mail.h"
#include "milter/milter_callbacks.h"
#include "milter/session.h"
#include "milter/socket_setup.h"
#include "milter/systemd_notify.h"
#include "quarantine/release_key.h"
#include "adapters/production_services.h"

namespace aup {

namespace {

// What every (re)load of the configuration uses: the file, --demo, and the I/O adapters the
// scanners run on. One set of adapters for the process: a reload with unchanged [clamav] engine
// settings reuses the compiled ClamAV engine.
struct SnapshotLoader {
  std::filesystem::path configFile;
  bool demo = false;
  ScannerServices services = productionScannerServices();
  SnapshotPtr load() const { return loadSnapshot(configFile, services, demo); }
};

}  // namespace

namespace {

constexpr int kExitSoftware = 70;
constexpr int kExitCantCreate = 73;
constexpr int kExitConfig = 78;

// Self-pipe: signal handlers only write one byte; the main thread does the work.
int gWakePipe[2] = {-1, -1};
constexpr char kWakeReload = 'H';
constexpr char kWakeFilesChanged = 'F';
constexpr char kWakeStop = 'T';
constexpr char kWakeMilterEnded = 'E';

void wake(char what) {
  int saved = errno;
  [[maybe_unused]] auto n = ::write(gWakePipe[1], &what, 1);
  errno = saved;
}

void onSignal(int signal) { wake(signal == SIGHUP ? kWakeReload : kWakeStop); }

sigset_t controlSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

// XXX libmilter's own signal thread sigwait()s for SIGHUP, SIGTERM and SIGINT and treats SIGHUP
// as "stop". Linux delivers a process-directed signal to the main thread first whenever that
// thread does not block it, so the main thread keeps these signals unblocked with handlers,
// while every libmilter thread (created from a thread that blocks them) only ever sees them in
// that sigwait. Should the main thread be unable to take a signal at that instant, libmilter
// would stop cleanly; it never reloads half-way.
void installSignalHandlers() {
  struct sigaction action{};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGHUP, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

// Non-fatal problems of a (re)load, e.g. skipped roster rows.
void logWarnings(const PolicySnapshot& snapshot) {
  for (const auto& w : snapshot.warnings) spdlog::warn("config: {}", w);
}

// True when [log] settings that are read once at start differ.
bool logRestartNeeded(const LogSettings& a, const LogSettings& b) {
  return a.audit != b.audit || a.operational != b.operational || a.syslog != b.syslog ||
         a.syslogSocket != b.syslogSocket || a.syslogIdent != b.syslogIdent || a.syslogFacility != b.syslogFacility ||
         a.syslogFormat != b.syslogFormat;
}

// The mail.log line sender ([log] syslog); null when off. The syslog daemon need not be up yet:
// a missing socket only costs lines, logged once.
std::unique_ptr<SyslogSender> openMailLog(const LogSettings& log) {
  if (!log.syslog) return nullptr;
  SyslogOptions options{log.syslogSocket, log.syslogIdent, syslogFacilityCode(log.syslogFacility).value_or(2),
                        log.syslogFormat == "rfc5424" ? SyslogFormat::Rfc5424 : SyslogFormat::Rfc3164};
  auto sender = std::make_unique<SyslogSender>(options);
  spdlog::info("decision lines to syslog {} (facility {}, {})", log.syslogSocket.string(), log.syslogFacility,
               log.syslogFormat);
  return sender;
}

// A short hash of the config file and every file it points at (rules, roster, domain lists), as
// read now: two gateways that should agree show the same fingerprint in their metrics.
std::string snapshotFingerprint(const PolicySnapshot& snapshot, const std::filesystem::path& configFile) {
  std::vector<std::filesystem::path> files = snapshot.watchedFiles;
  files.push_back(configFile);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::string all;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    all += f.string() + '\0' + std::string(std::istreambuf_iterator<char>(in), {}) + '\0';
  }
  return sha256Hex(all).substr(0, 16);
}

// reload - builds a complete new snapshot and swaps it in; a broken config keeps the old one.
// trigger: "SIGHUP" or "file-change" (the config or a file it points at changed).
void reload(const SnapshotLoader& loader, SnapshotHolder& holder, AuditLog& audit, MilterMetrics* metrics,
            const char* trigger) {
  spdlog::info("{}: reloading {}", trigger, loader.configFile.string());
  notifyReloading();
  try {
    SnapshotPtr next = loader.load();
    logWarnings(*next);
    std::filesystem::create_directories(next->settings.milter.spoolDir);  // a new spool_dir must exist
    SnapshotPtr previous = holder.current();
    if (auto why = refuseShrunkData(*previous, *next, next->settings.milter.rosterMaxDropShare); !why.empty()) {
      throw std::runtime_error(why);
    }
    if (next->settings.milter.listen != previous->settings.milter.listen) {
      spdlog::warn("milter.listen changed; the new socket is used after a restart only");
    }
    if (logRestartNeeded(previous->settings.log, next->settings.log)) {
      spdlog::warn("[log] paths or syslog settings changed; they take effect after a restart only");
    }
    if (next->settings.quarantine.dir != previous->settings.quarantine.dir) {
      spdlog::warn("quarantine.dir changed; the new store is used after a restart only");
    }
    if (next->settings.metrics.listen != previous->settings.metrics.listen) {
      spdlog::warn("metrics.listen changed; it takes effect after a restart only");
    }
    holder.replace(std::move(next));
    spdlog::info("configuration reloaded: {} scanners active", holder.current()->engine->scanners().size());
    audit.recordAdminAction(trigger, "reload", "", "ok");
    if (metrics != nullptr) {
      metrics->recordReload(true, nowSeconds());
      metrics->recordSnapshot(loader.configFile.string(), snapshotFingerprint(*holder.current(), loader.configFile));
    }
  } catch (const std::exception& e) {
    spdlog::error("reload failed, keeping the previous configuration:\n{}", e.what());
    audit.recordAdminAction(trigger, "reload-failed", "", e.what());
    if (metrics != nullptr) metrics->recordReload(false, nowSeconds());
  }
  notifyReady();
}

// The quarantine store, release-token check and notice sender, opened once at start (a reload
// keeps them: [quarantine] and [notices] changes take effect after a restart).
struct HeldMailServices {
  std::unique_ptr<DurableQuarantineStore> store;
  std::unique_ptr<NoticeService> notices;
  std::string tokenKey;
};

// Throws when the store cannot be opened: the daemon must not start and then lose held mail.
HeldMailServices openHeldMail(const Settings& settings) {
  HeldMailServices held;
  if (settings.quarantine.dir.empty()) {
    spdlog::warn("quarantine.dir is empty: held mail goes to Postfix's hold queue (postsuper -H to release); "
                 "no aupctl quarantine, no staff notices");
    return held;
  }
  try {
    held.store = std::make_unique<DurableQuarantineStore>(QuarantineService::open(settings.quarantine));
  } catch (const std::exception& e) {
    if (settings.quarantine.backend == QuarantineBackend::Postgresql) {
      throw std::runtime_error(std::string("cannot open the PostgreSQL quarantine store (quarantine.dsn): ") + e.what());
    }
    throw std::runtime_error("cannot open the quarantine store in " + settings.quarantine.dir.string() + ": " +
                             e.what() + " (fix its permissions, or set quarantine.dir)");
  }
  // Released mail and notices pass this milter again carrying tokens signed with this key.
  held.tokenKey = loadOrCreateReleaseKey(settings.quarantine.releaseSecretFile, settings.quarantine.group.empty() ? "aup-admin" : settings.quarantine.group);
  if (settings.notices.enabled) {
    held.notices = std::make_unique<NoticeService>(settings.notices, settings.quarantine, settings.engine.organisation.name,
                                                   held.tokenKey);
    spdlog::info("staff notices from {} via {}:{}", settings.notices.from, settings.notices.smtpHost, settings.notices.smtpPort);
  }
  if (settings.quarantine.backend == QuarantineBackend::Postgresql) {
    spdlog::info("quarantine store: PostgreSQL, gateway {}", gatewayName(settings.quarantine));
  } else {
    spdlog::info("quarantine store: {}", settings.quarantine.dir.string());
  }
  return held;
}

// Creates the listening socket before libmilter runs, so its permissions are right from the start.
void openSocket(const MilterSettings& settings) {
  auto socketPath = unixSocketPath(settings.listen);
  if (socketPath) {
    prepareSocketDirectory(*socketPath);
  } else {
    spdlog::warn("listening on TCP ({}): expect up to ~40 ms extra per message at low concurrency from "
                 "delayed ACKs unless the route to the MTA has `quickack 1` (docs/troubleshooting.md); "
                 "a unix socket has no such cost", settings.listen);
  }
  if (smfi_setconn(const_cast<char*>(settings.listen.c_str())) != MI_SUCCESS) {
    throw std::runtime_error("libmilter refused the socket spec '" + settings.listen + "'");
  }
  smfi_settimeout(static_cast<int>(settings.timeoutSeconds));
  // true: remove a stale socket file left by a previous instance.
  errno = 0;
  if (smfi_opensocket(true) != MI_SUCCESS) {
    // libmilter says nothing more; errno is what the failed socket(), bind() or listen() left.
    throw std::runtime_error("cannot open milter socket " + settings.listen +
                             (errno != 0 ? std::string(": ") + std::strerror(errno) : std::string()));
  }
  if (socketPath) {
    applySocketPermissions(*socketPath, settings.socketGroup, settings.socketMode);
  } else {
    spdlog::debug("TCP_NODELAY set on {} listening socket(s)", disableNagleOnListeningSockets());
  }
}

void writePidFile(const std::string& pidFile) {
  if (pidFile.empty()) return;
  std::ofstream out(pidFile, std::ios::trunc);
  out << ::getpid() << "\n";
  if (!out) throw std::runtime_error("cannot write pid file " + pidFile);
}

// The metrics of this process, counting the load at start, with the scrape-time readers of the
// store, the outbox, the ClamAV engines and the open sessions.
std::unique_ptr<MilterMetrics> startMetrics(const SnapshotLoader& loader, const PolicySnapshot& snapshot,
                                            HeldMailServices& held) {
  auto metrics = std::make_unique<MilterMetrics>(snapshot.engine->scannerLabels());
  metrics->recordReload(true, nowSeconds());
  metrics->recordSnapshot(loader.configFile.string(), snapshotFingerprint(snapshot, loader.configFile));
  ScrapeSources sources;
  if (held.store) {
    DurableQuarantineStore* store = held.store.get();
    sources.quarantine = [store] { return std::optional<QuarantineBacklog>(store->backlog()); };
  }
  if (held.notices) {
    NoticeService* notices = held.notices.get();
    sources.notices = [notices] {
      OutboxCounts c = notices->outbox().counts();
      return std::optional<NoticeBacklog>(NoticeBacklog{c.pending, c.failed});
    };
  }
  VirusBackends* virus = loader.services.virus.get();
  sources.virus = [virus] {
    std::vector<VirusDatabaseStatus> out;
    for (const auto& db : virus->databases()) out.push_back({db.engine, db.version, db.builtAt, db.signatures});
    return out;
  };
  sources.openSessions = [] { return Session::openCount(); };
  metrics->setScrapeSources(std::move(sources));
  return metrics;
}

// Runs libmilter on its own thread and serves signals on this one until libmilter ends.
int serve(const SnapshotLoader& loader, SnapshotHolder& holder, AuditLog& audit, MilterMetrics* metrics) {
  sigset_t signals = controlSignals();  // blocked since runDaemon(); inherited by libmilter's threads
  std::atomic<int> milterResult{MI_SUCCESS};
  std::thread milter([&milterResult] {
    milterResult = smfi_main();
    wake(kWakeMilterEnded);
  });
  installSignalHandlers();
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
  // Roster exports and config edits reload like SIGHUP, on this thread (one reload at a time).
  FileChangeWatcher watcher([&holder] { return holder.current()->watchedFiles; },
                            std::chrono::seconds(holder.current()->settings.milter.fileCheckSeconds),
                            [] { wake(kWakeFilesChanged); });
  watcher.start();
  spdlog::info("aup-milter ready on {}", holder.current()->settings.milter.listen);
  notifyReady();

  bool stopping = false;
  for (;;) {
    char what = 0;
    ssize_t n = ::read(gWakePipe[0], &what, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || what == kWakeMilterEnded) break;
    if (what == kWakeReload && !stopping) reload(loader, holder, audit, metrics, "SIGHUP");
    if (what == kWakeFilesChanged && !stopping) reload(loader, holder, audit, metrics, "file-change");
    if (what == kWakeStop && !stopping) {
      spdlog::info("stopping: finishing open connections");
      notifyStopping();
      stopping = true;
      smfi_stop();
    }
  }
  watcher.stop();
  milter.join();
  if (!stopping && milterResult != MI_SUCCESS) {
    spdlog::error("libmilter stopped unexpectedly");
    return kExitSoftware;
  }
  spdlog::info("aup-milter stopped");
  return 0;
}

}  // namespace

int checkConfig(const std::filesystem::path& configFile, bool demo) {
  try {
    SnapshotPtr snapshot = loadSnapshot(configFile, productionScannerServices(), demo);
    std::cout << configFile.string() << ": OK (" << snapshot->engine->scanners().size() << " scanners, listen "
              << snapshot->settings.milter.listen << ")\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

int runDaemon(const std::filesystem::path& configArgument, RunMode mode, bool demo) {
  // daemon(3) changes to "/": reloads must still find a config given as a relative path.
  const SnapshotLoader loader{std::filesystem::absolute(configArgument), demo};
  // A SIGHUP/SIGTERM during start-up waits (blocked) until serve() can handle it.
  sigset_t signals = controlSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  SnapshotPtr snapshot;
  try {
    snapshot = loader.load();
  } catch (const std::exception& e) {
    std::cerr << "aup-milter: configuration not usable:\n" << e.what()
              << "\n(fix: docs/install.md step 2, Configure; `aupctl check-config FILE` lists every problem)\n";
    return kExitConfig;
  }
  const Settings& settings = snapshot->settings;
  // Each start-up step names the doc section that fixes it: an error then says where to look.
  const char* fix = "docs/install.md step 1 (the package makes /var/log/aup-milter) and docs/config.md [log]";
  try {
    setupOperationalLog(settings.log);
    logWarnings(*snapshot);
    AuditLog audit(settings.log);
    fix = "docs/install.md step 1 (the package makes /var/spool/aup-milter) and docs/config.md [milter] spool_dir";
    std::filesystem::create_directories(settings.milter.spoolDir);
    // XXX one spool_dir per instance: a second milter sharing it would lose its spool files here.
    if (std::size_t n = removeLeftoverSpoolFiles(settings.milter.spoolDir))
      spdlog::info("removed {} spool file(s) left by a previous run in {}", n, settings.milter.spoolDir.string());
    if (::pipe(gWakePipe) != 0) throw std::runtime_error("pipe() failed");
    SnapshotHolder holder(snapshot);
    snapshot.reset();
    std::unique_ptr<SyslogSender> mailLog = openMailLog(holder.current()->settings.log);
    MilterServices services{&holder, &audit, nullptr, nullptr, {}, mailLog.get()};
    registerMilterCallbacks(services);
    fix = "docs/postfix.md section 2, The socket (its directory, group and mode)";
    openSocket(holder.current()->settings.milter);
    if (mode == RunMode::Background && ::daemon(0, 0) != 0) throw std::runtime_error("daemon() failed");
    // After daemon(): a thread does not survive its fork. Reloads reach new engines themselves.
    loader.services.virus->startBackgroundWork();
    // After daemon(): SQLite's file locks and the notice thread would not survive its fork.
    fix = "docs/quarantine.md and docs/install.md step 7, Who administers it (the store's owner and group)";
    HeldMailServices held = openHeldMail(holder.current()->settings);
    services.quarantine = held.store.get();
    services.notices = held.notices.get();
    services.tokenKey = held.tokenKey;
    std::unique_ptr<MilterMetrics> metrics;
    std::unique_ptr<MetricsServer> metricsServer;
    if (const auto& listen = holder.current()->settings.metrics.listen; !listen.empty()) {
      fix = "docs/metrics.md ([metrics] listen: a free local HOST:PORT, or \"\" for off)";
      metrics = startMetrics(loader, *holder.current(), held);
      metricsServer = std::make_unique<MetricsServer>(listen, *metrics);  // after daemon(): it runs a thread
      services.metrics = metrics.get();
      spdlog::info("metrics at http://{}/metrics", listen);
    }
    // Last: a start that fails above sends no notice from the outbox it shares with other instances.
    if (held.notices) held.notices->start();
    const std::string pidFile = holder.current()->settings.milter.pidFile;  // a reload does not move it
    fix = "docs/config.md [milter] pid_file";
    writePidFile(pidFile);
    int rc = serve(loader, holder, audit, metrics.get());
    if (held.notices) held.notices->stop();  // a notice not yet sent stays in the outbox for next time
    if (!pidFile.empty()) ::unlink(pidFile.c_str());
    audit.flush();
    return rc;
  } catch (const std::exception& e) {
    spdlog::error("aup-milter cannot start: {} (fix: {})", e.what(), fix);
    std::cerr << "aup-milter: " << e.what() << "\n(fix: " << fix << ")\n";
    return kExitCantCreate;
  }
}

}  // namespace aup
