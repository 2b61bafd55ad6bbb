// aup-console - the quarantine console: a web UI and REST API over the quarantine store for
// admins, the DSL, helpdesk and auditors (docs/console.md). One program, one job: it reads and
// changes the store and re-injects released mail exactly as `aupctl quarantine` does.

#include <CLI/CLI.hpp>
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <mutex>
#include <thread>

#include "audit/audit_log.h"
#include "common/periodic_worker.h"
#include "common/wall_clock.h"
#include "config/file_change_watcher.h"
#include "config/settings.h"
#include "console/console_api.h"
#include "console/http_server.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/outcome_notice.h"
#include "quarantine/quarantine_service.h"
#include "quarantine/release_key.h"
#include "tools/aupctl/config_path.h"

namespace {

using aup::nowSeconds;

// Blocks SIGINT/SIGTERM/SIGHUP in every thread; the main thread waits for them: SIGHUP reloads
// the SSO allow-list, the others stop the server.
sigset_t blockControlSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

// The console's background chores: the SSO allow-list reloads when its file changes (polled like
// the milter's config, every [milter] file_check_interval; 0 = SIGHUP only), and the summaries of
// suppressed SSO refusals are audited once their window has passed.
struct Housekeeping {
  std::unique_ptr<aup::FileChangeWatcher> ssoWatcher;
  std::unique_ptr<aup::PeriodicWorker> summaries;
  ~Housekeeping() {
    if (summaries) summaries->stop();
    if (ssoWatcher) ssoWatcher->stop();
  }
};

// startHousekeeping - starts both chores for `api`; stopped when the result goes.
std::unique_ptr<Housekeeping> startHousekeeping(aup::console::ConsoleApi& api, std::int64_t fileCheckSeconds) {
  auto out = std::make_unique<Housekeeping>();
  if (const std::filesystem::path file = api.ssoAllowListFile(); !file.empty()) {
    out->ssoWatcher = std::make_unique<aup::FileChangeWatcher>(
        [file] { return std::vector<std::filesystem::path>{file}; }, std::chrono::seconds(fileCheckSeconds),
        [&api] { api.reloadSsoAllowList("file-change"); });
    out->ssoWatcher->start();
  }
  out->summaries = std::make_unique<aup::PeriodicWorker>("audit summaries", [&api] {
    api.flushAuditSummaries();
    return std::chrono::milliseconds(std::chrono::minutes(1));
  });
  out->summaries->start(std::chrono::minutes(1));
  return out;
}

// The outcome of a release request goes to its requester through the notice outbox in the store.
// A worker of our own sends it at once (the milter's notice thread would within a minute; each
// notice is claimed before it is sent, so between them it goes once).
struct OutcomeSender {
  std::unique_ptr<aup::NoticeOutbox> outbox;
  std::unique_ptr<aup::PeriodicWorker> worker;
  std::unique_ptr<aup::OutcomeNotices> notices;
  ~OutcomeSender() {
    if (worker) worker->stop();
  }
};

// startOutcomeNotices - the outbox, its sender thread and the writer of outcome notices; nullptr
// when notices are off. Throws when the outbox or the outcome templates cannot be opened.
std::unique_ptr<OutcomeSender> startOutcomeNotices(const aup::Settings& settings, const std::string& key) {
  const aup::NoticeSettings& n = settings.notices;
  if (!n.enabled) return nullptr;
  auto out = std::make_unique<OutcomeSender>();
  out->outbox = aup::openNoticeOutbox(settings.quarantine, aup::RetryPolicy{n.maxAttempts, n.retryBaseSeconds, n.retryMaxSeconds},
                                      n.ratePerHour);
  auto smtp = std::make_shared<aup::CurlSmtpSender>(aup::SmtpTarget{
      n.smtpHost, static_cast<int>(n.smtpPort), std::chrono::seconds(settings.quarantine.smtpTimeoutSeconds)});
  aup::NoticeOutbox& outbox = *out->outbox;
  out->worker = std::make_unique<aup::PeriodicWorker>("outcome notices", [&outbox, smtp] {
    try {
      outbox.deliverDue(*smtp, nowSeconds());
      if (std::int64_t next = outbox.nextDue(); next != 0) {
        return std::chrono::milliseconds(std::chrono::seconds(std::clamp<std::int64_t>(next - nowSeconds(), 1, 60)));
      }
    } catch (const std::exception& e) {
      spdlog::error("outcome notices: {}", e.what());
    }
    return std::chrono::milliseconds(std::chrono::hours(1));  // until woken by the next decision
  });
  aup::PeriodicWorker& worker = *out->worker;
  out->notices = std::make_unique<aup::OutcomeNotices>(n, settings.engine.organisation.name, key, outbox,
                                                        [&worker] { worker.wake(); });
  worker.start(std::chrono::hours(1));
  spdlog::info("outcome notices from {} via {}:{}", n.from, n.smtpHost, n.smtpPort);
  return out;
}

int run(const std::string& configPath, int portOverride) {
  // First, so every thread started below (the notice sender, the HTTP server) inherits the mask
  // and SIGTERM and SIGHUP reach only sigwait() here.
  sigset_t controlSignals = blockControlSignals();
  aup::Settings settings = aup::loadCoreSettings(aup::resolveConfigPath(configPath));
  aup::setupOperationalLog(settings.log);
  const aup::ConsoleSettings& c = settings.console;
  // The store [quarantine] backend names (SQLite or the shared PostgreSQL), as the milter opens it.
  auto quarantine = aup::QuarantineService::open(settings.quarantine);
  aup::QuarantineStorage& store = quarantine->storage();
  aup::console::UserStore users(c.usersFile);
  aup::AuditLog audit(settings.log);  // changes are refused when they cannot be audited: this throws
  const std::string key = aup::readReleaseKey(settings.quarantine.releaseSecretFile);
  const aup::SmtpTarget target{settings.quarantine.releaseHost, static_cast<int>(settings.quarantine.releasePort),
                               std::chrono::seconds(settings.quarantine.smtpTimeoutSeconds)};
  std::mutex auditMutex;
  std::unique_ptr<OutcomeSender> outcomes = startOutcomeNotices(settings, key);
  aup::console::ConsoleDeps deps{
      store, users, [target] { return std::make_unique<aup::CurlSmtpSender>(target); }, key,
      [&](const std::string& actor, const std::string& action, const std::string& id, const std::string& detail) {
        std::lock_guard lock(auditMutex);
        audit.recordAdminAction(actor, action, id, detail);
        audit.flush();
      },
      nowSeconds, outcomes ? outcomes->notices.get() : nullptr};
  aup::console::ConsoleApi api(deps, c);
  if (!c.ssoHeader.empty()) {
    spdlog::info("single sign-on: header {} from {} trusted proxies", c.ssoHeader, c.trustedProxies.size());
  }
  aup::console::ConsoleHttpServer server(api, static_cast<std::size_t>(c.maxBodyBytes));
  int port = server.bind(c.listenAddress, portOverride >= 0 ? portOverride : static_cast<int>(c.listenPort));
  spdlog::info("aup-console listening on http://{}:{}/", c.listenAddress, port);
  std::cout << "listening on " << c.listenAddress << ":" << port << std::endl;  // tests read the port
  std::thread serving([&server] { server.run(); });
  std::unique_ptr<Housekeeping> housekeeping = startHousekeeping(api, settings.milter.fileCheckSeconds);
  int signal = 0;
  for (;;) {
    sigwait(&controlSignals, &signal);
    if (signal != SIGHUP) break;
    if (api.ssoAllowListFile().empty()) {
      spdlog::info("SIGHUP: single sign-on is off, nothing to reload (other settings need a restart)");
    } else {
      api.reloadSsoAllowList("SIGHUP");
    }
  }
  spdlog::info("aup-console stopping (signal {})", signal);
  server.stop();
  serving.join();
  housekeeping.reset();
  api.flushAuditSummaries(/*everything=*/true);  // no count is lost at a restart
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ::umask(0007);  // files it creates in the store (SQLite -wal/-shm) stay the admin group's
  spdlog::set_default_logger(spdlog::stderr_color_mt("aup-console"));
  CLI::App app{"aup-console - the quarantine console (web UI and REST API)"};
  std::string config;
  int port = -1;
  app.add_option("--config,-c", config, "Config file (default: /etc/aup-milter/aup-milter.toml)");
  app.add_option("--port", port, "Listen on this port instead of [console] listen_port (0 = any free port)")
      ->check(CLI::Range(0, 65535));
  CLI11_PARSE(app, argc, argv);
  try {
    return run(config, port);
  } catch (const std::exception& e) {
    std::cerr << "aup-console: " << e.what() << "\n";
    return 2;
  }
}
