#include "tools/aupctl/quarantine_commands.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/wall_clock.h"
#include "audit/audit_log.h"
#include "decision/crypto.h"
#include "config/settings.h"
#include "scanners/scanner_factory.h"
#include "quarantine/admin_actor.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/outcome_notice.h"
#include "quarantine/outcome_report.h"
#include "decision/quarantine_id.h"
#include "quarantine/release.h"
#include "quarantine/release_key.h"
#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/quarantine_service.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tools/aupctl/config_path.h"
#include "tools/aupctl/quarantine_show.h"
#include "tools/aupctl/quarantine_text.h"

namespace aup {

namespace {

struct CommonOptions {
  std::string config;
};

struct ListOptions {
  std::string policy, sender, recipient, since, state;
  bool json = false;
};

[[noreturn]] void fail(const std::string& message, int code = 1) {
  std::cerr << "aupctl quarantine: " << message << "\n";
  throw CLI::RuntimeError(code);
}

// --config, else /etc/aup-milter/aup-milter.toml when present, else the embedded default.
Settings loadSettings(const CommonOptions& options) {
  try {
    return loadCoreSettings(resolveConfigPath(options.config));
  } catch (const std::exception& e) {
    fail(std::string("configuration not usable:\n") + e.what(), 2);
  }
}

std::unique_ptr<SqliteQuarantineStorage> openSqliteStore(const Settings& settings, MigrationMode migration) {
  StoreOptions options{settings.quarantine.dir, settings.quarantine.group, std::chrono::seconds(120),
                       gatewayName(settings.quarantine), migration};
  auto store = std::make_unique<SqliteQuarantineStorage>(options);
  for (const auto& id : store->openReport().recoveredOrphans) spdlog::warn("recovered orphan message file {}", id);
  for (const auto& id : store->openReport().missingFiles) spdlog::error("record {} has no message file", id);
  return store;
}

// The store [quarantine] backend names, as the milter opens it.
std::unique_ptr<QuarantineStorage> openStore(const Settings& settings) {
  try {
    if (settings.quarantine.backend == QuarantineBackend::Postgresql) {
      return std::make_unique<PgQuarantineStorage>(pgStoreOptions(settings.quarantine, MigrationMode::AtOpen));
    }
    return openSqliteStore(settings, MigrationMode::AtOpen);
  } catch (const std::exception& e) {
    fail(e.what(), 2);
  }
}

// Admin actions are refused when they cannot be audited.
std::unique_ptr<AuditLog> openAudit(const Settings& settings) {
  try {
    return std::make_unique<AuditLog>(settings.log);
  } catch (const std::exception& e) {
    fail(std::string("refusing to act without an audit trail: ") + e.what(), 2);
  }
}

// Where an admin command comes from, for the message's trail.
std::string cliOrigin() {
  char host[256] = {0};
  if (::gethostname(host, sizeof host - 1) != 0) return "aupctl";
  return std::string("aupctl on ") + host;
}

const std::string& checkedId(const std::string& id) {
  if (!isValidQuarantineId(id)) fail(InvalidQuarantineId(id).what(), 2);
  return id;
}

std::string policiesOf(const QuarantineRecord& r) {
  std::string out;
  for (const auto& reason : r.request.reasons) {
    if (out.find(reason.policy) == std::string::npos) out += (out.empty() ? "" : ",") + reason.policy;
  }
  return out;
}

void printTable(const std::vector<QuarantineRecord>& records) {
  std::printf("%-32s  %-19s  %-8s  %-28s  %-28s  %-20s  %s\n", "ID", "RECEIVED (UTC)", "STATE", "FROM", "TO", "POLICIES",
              "SUBJECT");
  for (const auto& r : records) {
    std::string to = r.request.recipients.empty() ? "" : r.request.recipients.front();
    if (r.request.recipients.size() > 1) to += " +" + std::to_string(r.request.recipients.size() - 1);
    std::printf("%-32s  %-19s  %-8s  %-28s  %-28s  %-20s  %s%s\n", r.id.c_str(), formatUtc(r.receivedAt).c_str(),
                std::string(toString(r.state)).c_str(), terminalSafe(r.request.mailFrom, NewlinePolicy::Escape, 28).c_str(),
                terminalSafe(to, NewlinePolicy::Escape, 28).c_str(), policiesOf(r).c_str(),
                terminalSafe(r.request.subject, NewlinePolicy::Escape, 60).c_str(), r.fileMissing ? "  [FILE MISSING]" : "");
  }
}

void runList(const CommonOptions& common, const ListOptions& o) {
  QuarantineFilter filter{o.policy, o.sender, o.recipient, 0, std::nullopt};
  if (!o.since.empty()) {
    auto age = parseDurationArg(o.since);
    if (!age) fail("--since: expected a duration such as 7d, 12h or 30m", 2);
    filter.since = nowSeconds() - *age;
  }
  if (!o.state.empty()) {
    filter.state = parseQuarantineState(o.state);
    if (!filter.state) fail("--state: expected held, released or deleted", 2);
  }
  Settings settings = loadSettings(common);
  auto records = openStore(settings)->list(filter);
  if (o.json) {
    std::cout << "[";
    for (std::size_t i = 0; i < records.size(); ++i) std::cout << (i ? ",\n" : "\n") << recordToJson(records[i]);
    std::cout << (records.empty() ? "]\n" : "\n]\n");
  } else {
    printTable(records);
  }
}

// The release key the milter created at its first start; an unusable key file is exit code 2.
std::string releaseKeyOrFail(const QuarantineSettings& q) {
  try {
    return readReleaseKey(q.releaseSecretFile);
  } catch (const std::exception& e) {
    fail(std::string(e.what()) + " (aup-milter creates the key at its first start; run aupctl as root or a member of the store's group)", 2);
  }
  return {};
}

// How a requester reads the actor: "jbloggs", not "jbloggs (via sudo)".
std::string personOf(const std::string& actor) {
  constexpr std::string_view kSudo = " (via sudo)";
  return actor.ends_with(kSudo) ? actor.substr(0, actor.size() - kSudo.size()) : actor;
}

// reportClosedRequests - after a direct release or delete closed `closed` (in the same store
// transaction): an audit line for each, and the outcome notice to each requester who can be told,
// queued in the store's outbox for the milter's (or the console's) notice sender. A failure here
// is printed and logged; it does not undo what was done.
void reportClosedRequests(const Settings& settings, QuarantineStorage& store, AuditLog& audit, const std::string& id,
                          const std::vector<ReleaseRequest>& closed, RequestOutcome outcome,
                          const std::vector<std::string>& recipients) {
  if (closed.empty()) return;
  std::optional<QuarantineRecord> record;
  try {
    record = store.get(id);
  } catch (const std::exception& e) {
    spdlog::error("quarantine {}: {}", id, e.what());
  }
  if (!record) return;
  std::unique_ptr<NoticeOutbox> outbox;
  std::unique_ptr<OutcomeNotices> notices;
  const NoticeSettings& n = settings.notices;
  if (n.enabled) {
    try {
      outbox = openNoticeOutbox(settings.quarantine, RetryPolicy{n.maxAttempts, n.retryBaseSeconds, n.retryMaxSeconds},
                                n.ratePerHour);
      notices = std::make_unique<OutcomeNotices>(n, settings.engine.organisation.name,
                                                 readReleaseKey(settings.quarantine.releaseSecretFile), *outbox);
    } catch (const std::exception& e) {
      spdlog::error("quarantine {}: the requesters of its closed release requests cannot be told: {}", id, e.what());
      std::cerr << "aupctl quarantine: the requesters cannot be told: " << e.what() << "\n";
    }
  }
  const std::string actor = currentActor();
  OutcomeReporter reporter(store, notices.get(),
                           [&audit](const std::string& a, const std::string& action, const std::string& q,
                                    const std::string& detail) { audit.recordAdminAction(a, action, q, detail); });
  reporter.reportClosed(*record, closed,
                        {outcome, actor, personOf(actor), cliOrigin(), "",
                         recipients.empty() ? record->request.recipients : recipients, nowSeconds()});
  audit.flush();
  for (const auto& r : closed) {
    std::cout << "closed release request " << r.id << " by " << terminalSafe(r.requestedBy, NewlinePolicy::Escape, 80)
              << " (superseded)\n";
  }
}

void runRelease(const CommonOptions& common, const std::string& id, const std::vector<std::string>& to,
                const std::string& reason) {
  checkedId(id);
  Settings settings = loadSettings(common);
  auto store = openStore(settings);
  auto audit = openAudit(settings);
  const std::string actor = currentActor();
  CurlSmtpSender sender(SmtpTarget{settings.quarantine.releaseHost, static_cast<int>(settings.quarantine.releasePort),
                                   std::chrono::seconds(settings.quarantine.smtpTimeoutSeconds)});
  ReleaseOutcome outcome;
  try {
    outcome = releaseMessage(*store, sender, id,
                             {to, actor, releaseKeyOrFail(settings.quarantine), nowSeconds(), cliOrigin(), reason});
  } catch (const CLI::RuntimeError&) {
    throw;
  } catch (const std::exception& e) {
    audit->recordAdminAction(actor, "release-failed", id, e.what());
    audit->flush();
    fail(e.what());
  }
  std::string rcpts;
  for (const auto& r : outcome.recipients) rcpts += (rcpts.empty() ? "" : ", ") + r;
  audit->recordAdminAction(actor, "release", id, "to " + rcpts);
  audit->flush();
  spdlog::info("quarantine {}: released by {} to {}", id, actor, rcpts);
  std::cout << "released " << id << " to " << rcpts << "\n";
  reportClosedRequests(settings, *store, *audit, id, outcome.closedRequests, RequestOutcome::Released,
                       outcome.recipients);
}

void runDelete(const CommonOptions& common, const std::string& id, const std::string& reason) {
  checkedId(id);
  Settings settings = loadSettings(common);
  auto store = openStore(settings);
  auto audit = openAudit(settings);
  const std::string actor = currentActor();
  std::vector<ReleaseRequest> closed;
  try {
    closed = deleteMessage(*store, id, actor, cliOrigin(), reason);
  } catch (const std::exception& e) {
    fail(e.what());
  }
  audit->recordAdminAction(actor, "delete", id, reason);
  audit->flush();
  spdlog::info("quarantine {}: deleted by {}", id, actor);
  std::cout << "deleted " << id << "\n";
  // The --reason is for the trail: the requesters are told only that it was deleted.
  reportClosedRequests(settings, *store, *audit, id, closed, RequestOutcome::Deleted, {});
}

std::int64_t purgeNotices(const Settings& settings, std::int64_t cutoff) {
  return openNoticeOutbox(settings.quarantine, RetryPolicy{}, 0)->purgeBefore(cutoff);
}

void printPlan(const std::string& store, const MigrationPlan& plan) {
  if (plan.pending.empty()) {
    std::cout << store << ": schema version " << plan.current << ", up to date\n";
    return;
  }
  std::cout << store << ": schema version " << plan.current << " -> " << plan.target << "\n";
  for (const auto* step : plan.pending) std::cout << "  applied " << step->version << ": " << step->description << "\n";
}

// Copies every record and its bytes from the SQLite store under quarantine.dir into PostgreSQL;
// a record already there (same id) is left alone, so the copy can be run again after a failure.
void importFromSqlite(const Settings& settings, PgQuarantineStorage& target, AuditLog& audit, const std::string& actor) {
  auto source = openSqliteStore(settings, MigrationMode::Explicit);
  std::size_t copied = 0, present = 0;
  for (const auto& record : source->list({})) {
    std::string bytes;
    if (record.state != QuarantineState::Deleted) {
      bytes = source->readMessage(record.id);  // a missing file stops the copy: nothing is dropped silently
      if (sha256Hex(bytes) != record.sha256) fail("message " + record.id + " does not match its SHA-256; not copied");
    }
    if (target.importRecord(record, bytes)) {
      ++copied;
      audit.recordAdminAction(actor, "import", record.id, "from " + source->databasePath().string());
    } else {
      ++present;
    }
  }
  audit.flush();
  std::cout << "copied " << copied << " message(s) from " << source->databasePath().string() << " ("
            << present << " already present)\n";
}

// migrate - applies the pending schema steps of the configured store (those not safe at open
// too), and with --from-sqlite copies the local SQLite store into PostgreSQL.
void runMigrate(const CommonOptions& common, bool fromSqlite) {
  Settings settings = loadSettings(common);
  try {
    if (settings.quarantine.backend == QuarantineBackend::Sqlite) {
      if (fromSqlite) fail("--from-sqlite: set [quarantine] backend = \"postgresql\" and dsn first", 2);
      printPlan(settings.quarantine.dir.string() + "/quarantine.db",
                openSqliteStore(settings, MigrationMode::Explicit)->migrationPlan());
      return;
    }
    PgQuarantineStorage store(pgStoreOptions(settings.quarantine, MigrationMode::Explicit));
    printPlan("PostgreSQL", store.migrationPlan());
    if (fromSqlite) {
      auto audit = openAudit(settings);
      importFromSqlite(settings, store, *audit, currentActor());
    }
  } catch (const CLI::RuntimeError&) {
    throw;
  } catch (const std::exception& e) {
    fail(e.what(), 2);
  }
}

void runPurge(const CommonOptions& common, const std::string& olderThan) {
  Settings settings = loadSettings(common);
  std::int64_t age = settings.quarantine.retentionSeconds;
  if (!olderThan.empty()) {
    auto parsed = parseDurationArg(olderThan);
    if (!parsed || *parsed < 3600) fail("--older-than: expected a duration of at least 1h, such as 30d", 2);
    age = *parsed;
  }
  auto store = openStore(settings);
  auto audit = openAudit(settings);
  const std::string actor = currentActor();
  auto ids = store->purge(nowSeconds() - age);
  for (const auto& id : ids) audit->recordAdminAction(actor, "purge", id, "older than " + std::to_string(age) + "s");
  // Notices carry masked evidence too: the same retention applies to the outbox.
  std::int64_t notices = purgeNotices(settings, nowSeconds() - age);
  audit->flush();
  spdlog::info("quarantine: {} purged {} message(s) and {} notice(s) older than {}s", actor, ids.size(), notices, age);
  std::cout << "purged " << ids.size() << " message(s), " << notices << " notice(s)\n";
}

}  // namespace

void addQuarantineCommands(CLI::App& app) {
  auto common = std::make_shared<CommonOptions>();
  CLI::App* q = app.add_subcommand("quarantine", "Review, release and delete held messages (docs/quarantine.md)");
  q->add_option("--config,-c", common->config, "Config file (default: /etc/aup-milter/aup-milter.toml if present)");
  q->require_subcommand(1);
  q->fallthrough();  // --config may also follow the subcommand

  auto list = std::make_shared<ListOptions>();
  CLI::App* l = q->add_subcommand("list", "List held messages, newest first");
  l->add_option("--policy", list->policy, "Only messages with a reason from this policy (e.g. dlp-unencrypted)");
  l->add_option("--sender", list->sender, "Only senders containing this text");
  l->add_option("--recipient", list->recipient, "Only messages with a recipient containing this text");
  l->add_option("--since", list->since, "Only messages received within this long (7d, 12h)");
  l->add_option("--state", list->state, "held, released or deleted");
  l->add_flag("--json", list->json, "One JSON array instead of a table");
  l->callback([common, list] { runList(*common, *list); });

  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* s = q->add_subcommand("show", "Show one message: metadata, reasons, headers and a safe text preview");
  s->add_option("id", *id, "Quarantine id")->required();
  s->add_flag("--json", *json, "The metadata as JSON only");
  s->callback([common, id, json] {
    Settings settings = loadSettings(*common);
    showQuarantined(*openStore(settings), checkedId(*id), *json ? ShowFormat::Json : ShowFormat::Text, std::cout);
  });

  auto releaseId = std::make_shared<std::string>();
  auto to = std::make_shared<std::vector<std::string>>();
  CLI::App* r = q->add_subcommand("release", "Deliver the original message by SMTP re-injection");
  r->add_option("id", *releaseId, "Quarantine id")->required();
  r->add_option("--to", *to, "Deliver to this address instead of the original recipients (repeatable)");
  auto releaseReason = std::make_shared<std::string>();
  r->add_option("--reason", *releaseReason, "Why, for the message's trail (shown in the console)");
  r->callback([common, releaseId, to, releaseReason] { runRelease(*common, *releaseId, *to, *releaseReason); });

  auto deleteId = std::make_shared<std::string>();
  CLI::App* d = q->add_subcommand("delete", "Delete the message file; the record stays as 'deleted'");
  d->add_option("id", *deleteId, "Quarantine id")->required();
  auto deleteReason = std::make_shared<std::string>();
  d->add_option("--reason", *deleteReason, "Why, for the message's trail (shown in the console)");
  d->callback([common, deleteId, deleteReason] { runDelete(*common, *deleteId, *deleteReason); });

  auto fromSqlite = std::make_shared<bool>(false);
  CLI::App* m = q->add_subcommand("migrate", "Bring the store's schema up to date (and copy a SQLite store into PostgreSQL)");
  m->add_flag("--from-sqlite", *fromSqlite,
              "Copy every message from the SQLite store under [quarantine] dir into the PostgreSQL store");
  m->callback([common, fromSqlite] { runMigrate(*common, *fromSqlite); });

  auto olderThan = std::make_shared<std::string>();
  CLI::App* p = q->add_subcommand("purge", "Remove messages and records older than the retention period");
  p->add_option("--older-than", *olderThan, "Age such as 30d (default: [quarantine] retention)");
  p->callback([common, olderThan] { runPurge(*common, *olderThan); });
}

}  // namespace aup
