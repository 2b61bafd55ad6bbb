#pragma once
// A console over a temp store with one account per role, an in-process SMTP sink as the release
// listener, and a clock the test moves.

#include <memory>
#include <thread>

#include "console/console_api.h"
#include "console/http_server.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/outcome_notice.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/quarantine/smtp_sink.h"

namespace aup::console::test {

inline const std::string kPassword = "correct horse battery";

struct AuditLine {
  std::string actor, action, id, detail;
};

inline const std::string kReleaseKey = "release-key-release-key-release-key";

// [notices] as a test site has them: templates from the source tree.
inline NoticeSettings testNoticeSettings() {
  NoticeSettings n;
  n.from = "postmaster@school.example";
  n.contact = "it@school.example";
  n.templateDir = std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates";
  return n;
}

struct ConsoleFixture {
  aup::test::TempDir dir;
  aup::test::SmtpSink sink;
  SqliteQuarantineStorage store{StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw-test", MigrationMode::AtOpen}};
  UserStore users{dir.path() / "users.db", HashCost::TestOnlyMinimum};
  // The notice outbox in the same database, as aup-console opens it; outcome notices land here.
  SqliteNoticeOutbox outbox{dir.path() / "q" / "quarantine.db", RetryPolicy{3, 60, 600}, 10};
  OutcomeNotices outcomes{testNoticeSettings(), "Test School", kReleaseKey, outbox};
  std::vector<AuditLine> audit;
  std::int64_t clock = 1700000000;
  std::unique_ptr<ConsoleApi> api;

  explicit ConsoleFixture(ConsoleSettings settings = {}) {
    const std::vector<std::pair<std::string, Role>> accounts = {{"admin1", Role::Admin},
                                                               {"admin2", Role::Admin},
                                                               {"dsl1", Role::Dsl},
                                                               {"helpdesk1", Role::Helpdesk},
                                                               {"auditor1", Role::Auditor}};
    for (const auto& [name, role] : accounts) {
      users.setUser(name, role, kPassword);
    }
    reset(std::move(settings));
  }

  // A new console (sessions gone) with `settings` over the same store, accounts and outbox.
  void reset(ConsoleSettings settings) {
    const int port = sink.port();
    ConsoleDeps deps{store, users,
                     [port] {
                       return std::make_unique<CurlSmtpSender>(SmtpTarget{"127.0.0.1", port, std::chrono::seconds(30)});
                     },
                     kReleaseKey,
                     [this](const std::string& a, const std::string& b, const std::string& c, const std::string& d) {
                       audit.push_back({a, b, c, d});
                     },
                     [this] { return clock; }, &outcomes};
    api = std::make_unique<ConsoleApi>(deps, settings);
  }

  // The audit lines with `action`.
  std::vector<AuditLine> audited(const std::string& action) const {
    std::vector<AuditLine> out;
    for (const auto& a : audit) {
      if (a.action == action) out.push_back(a);
    }
    return out;
  }

  // Holds a message; policy "dlp-unencrypted" makes it a personal-data item.
  std::string hold(const std::string& policy, const std::string& subject = "Pupil list") {
    HoldRequest r = aup::test::sampleRequest("j.smith@school.example", "parent@example.net", policy);
    r.subject = subject;
    return store.put(r, RawMessage::inMemory(aup::test::sampleMessage()));
  }
};

// A signed-in client: keeps the cookie and the CSRF token like a browser would.
struct Client {
  ConsoleApi* api;
  std::string cookie{};
  std::string csrf{};
  std::string address = "192.0.2.50";

  HttpResponse send(const std::string& method, const std::string& path, const std::string& body = "",
                    std::map<std::string, std::string> query = {}, bool withCsrf = true) {
    HttpRequest r{method, path, std::move(query), {}, body, address};
    if (!cookie.empty()) r.headers["cookie"] = "aup_session=" + cookie;
    if (withCsrf && !csrf.empty()) r.headers["x-csrf-token"] = csrf;
    return api->handle(r);
  }

  HttpResponse signIn(const std::string& user, const std::string& password = kPassword) {
    HttpResponse r = send("POST", "/api/v1/session", nlohmann::json{{"user", user}, {"password", password}}.dump());
    for (const auto& [name, value] : r.headers) {
      if (name == "Set-Cookie") cookie = value.substr(value.find('=') + 1, value.find(';') - value.find('=') - 1);
    }
    if (r.status == 200) csrf = nlohmann::json::parse(r.body)["csrfToken"];
    return r;
  }

  nlohmann::json json(const HttpResponse& r) const { return nlohmann::json::parse(r.body); }
};

// `api` behind cpp-httplib's server on 127.0.0.1 (a free port) while this lives.
struct ServedConsole {
  ConsoleHttpServer server;
  int port;
  std::thread serving;

  explicit ServedConsole(ConsoleApi& api)
      : server(api, 64 * 1024), port(server.bind("127.0.0.1", 0)), serving([this] { server.run(); }) {}
  ~ServedConsole() {
    server.stop();
    serving.join();
  }
};

inline std::string headerValue(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return {};
}

}  // namespace aup::console::test
