// Single sign-on through a trusted reverse proxy: the user header is believed only from the
// configured proxy addresses, only users and groups on the allow-list get in (with their role),
// and sessions and CSRF then work as after a password sign-in.

#include <gtest/gtest.h>
#include <httplib.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "config/file_change_watcher.h"
#include "console/audit_flood.h"
#include "console/http_server.h"
#include "console/sso.h"
#include "tests/console/console_test_support.h"

namespace aup::console {
namespace {

constexpr const char* kProxy = "10.0.0.2";

struct SsoTest : ::testing::Test, test::ConsoleFixture {
  ConsoleSettings settings;

  void SetUp() override {
    const auto list = dir.path() / "sso-users";
    std::ofstream(list) << "# who may sign in by SSO\n"
                           "j.smith@school.example   dsl\n"
                           "head@school.example      admin   # the Headteacher\n"
                           "group:it-staff           helpdesk\n"
                           "group:governors          auditor\n";
    settings.trustedProxies = {kProxy, "2001:db8::2"};
    settings.ssoHeader = "X-Remote-User";
    settings.ssoGroupsHeader = "X-Remote-Groups";
    settings.ssoUsersFile = list;
    reset(settings);
  }

  // A request as the proxy (or anyone at `from`) sends it.
  HttpResponse send(const std::string& method, const std::string& path, const std::string& from,
                    std::map<std::string, std::string> headers, const std::string& body = "") {
    HttpRequest r{method, path, {}, std::move(headers), body, from};
    return api->handle(r);
  }
};

std::string cookieIn(const HttpResponse& r) {
  std::string value = test::headerValue(r, "Set-Cookie");
  return value.substr(0, value.find(';'));
}

TEST_F(SsoTest, AUserHeaderFromATrustedProxySignsInWithTheMappedRole) {
  auto me = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "J.Smith@School.Example"}});
  ASSERT_EQ(me.status, 200) << me.body;
  auto who = nlohmann::json::parse(me.body);
  EXPECT_EQ(who["user"], "j.smith@school.example");
  EXPECT_EQ(who["role"], "dsl");
  EXPECT_EQ(who["singleSignOn"], true);
  const std::string cookie = cookieIn(me);
  ASSERT_TRUE(cookie.starts_with("aup_session="));
  for (const char* flag : {"HttpOnly", "SameSite=Strict", "Secure"}) {
    EXPECT_NE(test::headerValue(me, "Set-Cookie").find(flag), std::string::npos) << flag;
  }
  ASSERT_EQ(audited("sign-in").size(), 1u);
  EXPECT_EQ(audited("sign-in")[0].actor, "console:j.smith@school.example");

  // The next request keeps that session (no new cookie); CSRF is needed for changes as ever.
  const std::string id = hold("dlp-unencrypted");
  const std::string csrf = who["csrfToken"];
  std::map<std::string, std::string> headers{{"x-remote-user", "j.smith@school.example"}, {"cookie", cookie}};
  auto detail = send("GET", "/api/v1/messages/" + id, kProxy, headers);
  EXPECT_EQ(detail.status, 200);
  EXPECT_TRUE(test::headerValue(detail, "Set-Cookie").empty());
  auto noCsrf = send("POST", "/api/v1/messages/" + id + "/notes", kProxy, headers, R"({"text":"checked"})");
  EXPECT_EQ(noCsrf.status, 403);
  headers["x-csrf-token"] = csrf;
  auto note = send("POST", "/api/v1/messages/" + id + "/notes", kProxy, headers, R"({"text":"checked"})");
  EXPECT_EQ(note.status, 201) << note.body;
  EXPECT_EQ(store.notes(id).at(0).author, "j.smith@school.example");
  EXPECT_EQ(audited("sign-in").size(), 1u);
}

TEST_F(SsoTest, TheHeaderFromAnyOtherAddressIsRefusedAndAudited) {
  for (const std::string path : {"/api/v1/session", "/", "/api/v1/messages", "/request/x"}) {
    auto r = send("GET", path, "10.0.0.99", {{"x-remote-user", "head@school.example"}});
    EXPECT_EQ(r.status, 403) << path;
  }
  // Even with a session cookie from a password sign-in: the header is never silently trusted.
  test::Client local{api.get()};
  local.address = "10.0.0.99";
  ASSERT_EQ(local.signIn("admin1").status, 200);
  auto withCookie = send("GET", "/api/v1/session", "10.0.0.99",
                         {{"x-remote-user", "head@school.example"}, {"cookie", "aup_session=" + local.cookie}});
  EXPECT_EQ(withCookie.status, 403);
  auto refused = audited("sso-refused");
  ASSERT_EQ(refused.size(), 5u);
  EXPECT_NE(refused[0].detail.find("10.0.0.99"), std::string::npos);
  // Without the header the same address is an ordinary client.
  EXPECT_EQ(send("GET", "/api/v1/session", "10.0.0.99", {}).status, 401);
  EXPECT_TRUE(audited("sign-in").empty());
}

TEST_F(SsoTest, AUserNotOnTheAllowListIsRefusedEvenFromTheProxy) {
  // A pupil shares the school's tenant and gets past the proxy: not past the console.
  auto pupil = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "a.pupil@students.school.example"}});
  EXPECT_EQ(pupil.status, 403);
  EXPECT_TRUE(test::headerValue(pupil, "Set-Cookie").empty());
  auto groups = send("GET", "/api/v1/session", kProxy,
                     {{"x-remote-user", "b.pupil@students.school.example"}, {"x-remote-groups", "year-7, pupils"}});
  EXPECT_EQ(groups.status, 403);
  ASSERT_EQ(audited("sso-refused").size(), 2u);
  EXPECT_EQ(audited("sso-refused")[0].actor, "sso:a.pupil@students.school.example");
}

TEST_F(SsoTest, GroupsMapToRolesAndAUsersOwnLineWins) {
  auto it = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "tech@school.example"}, {"x-remote-groups", "staff, it-staff"}});
  ASSERT_EQ(it.status, 200);
  EXPECT_EQ(nlohmann::json::parse(it.body)["role"], "helpdesk");
  auto head = send("GET", "/api/v1/session", "2001:db8::2", {{"x-remote-user", "head@school.example"}, {"x-remote-groups", "governors"}});
  ASSERT_EQ(head.status, 200);
  EXPECT_EQ(nlohmann::json::parse(head.body)["role"], "admin");
}

TEST_F(SsoTest, AnotherUserThroughTheProxyGetsTheirOwnSession) {
  auto first = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "j.smith@school.example"}});
  const std::string cookie = cookieIn(first);
  auto second = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "head@school.example"}, {"cookie", cookie}});
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(nlohmann::json::parse(second.body)["user"], "head@school.example");
  EXPECT_NE(cookieIn(second), cookie);
  // The first cookie was ended with the switch.
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"cookie", cookie}}).status, 401);
}

TEST_F(SsoTest, TheProxysForwardedForIsTheClientAddressInTheTrail) {
  const std::string id = hold("anonymous");
  auto me = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "head@school.example"}});
  const std::string csrf = nlohmann::json::parse(me.body)["csrfToken"];
  auto note = send("POST", "/api/v1/messages/" + id + "/notes", kProxy,
                   {{"x-remote-user", "head@school.example"}, {"cookie", cookieIn(me)}, {"x-csrf-token", csrf},
                    {"x-forwarded-for", "6.6.6.6, 192.0.2.44"}},
                   R"({"text":"n"})");
  ASSERT_EQ(note.status, 201);
  EXPECT_EQ(store.events(id).back().origin, "console 192.0.2.44");  // the address nginx saw, not one the client wrote
  // X-Forwarded-For from anyone else is ignored.
  test::Client direct{api.get()};
  direct.address = "192.0.2.9";
  ASSERT_EQ(direct.signIn("admin1").status, 200);
  HttpRequest r{"POST", "/api/v1/messages/" + id + "/notes", {}, {}, R"({"text":"m"})", "192.0.2.9"};
  r.headers = {{"cookie", "aup_session=" + direct.cookie}, {"x-csrf-token", direct.csrf}, {"x-forwarded-for", "6.6.6.6"}};
  ASSERT_EQ(api->handle(r).status, 201);
  EXPECT_EQ(store.events(id).back().origin, "console 192.0.2.9");
}

TEST_F(SsoTest, WithSsoOffTheHeaderMeansNothing) {
  reset(ConsoleSettings{});
  auto r = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "head@school.example"}});
  EXPECT_EQ(r.status, 401);
  EXPECT_TRUE(audited("sso-refused").empty());
}

TEST(SsoAllowList, ReadsUsersAndGroupsAndRefusesWhatItCannotRead) {
  auto list = SsoAllowList::parse("A@School.Example admin\n\n  # comment\ngroup:Staff helpdesk\n", "f");
  EXPECT_EQ(list.size(), 2u);
  EXPECT_EQ(list.roleOf("a@school.example", {}), Role::Admin);
  EXPECT_EQ(list.roleOf("b@school.example", {"Staff"}), Role::Helpdesk);
  EXPECT_EQ(list.roleOf("b@school.example", {"staff"}), std::nullopt);  // group ids are exact
  EXPECT_EQ(list.roleOf("", {"Staff"}), std::nullopt);
  for (const char* bad : {"a@school.example\n", "a@school.example owner\n", "a@school.example admin extra\n",
                          "a@x admin\nA@X dsl\n", "group: admin\n"}) {
    EXPECT_THROW(SsoAllowList::parse(bad, "f"), std::runtime_error) << bad;
  }
  EXPECT_THROW(SsoAllowList::load("/nonexistent/sso-users"), std::runtime_error);
  EXPECT_EQ(splitGroups(" a, b ,,c"), (std::vector<std::string>{"a", "b", "c"}));
}

// --- Reloading the allow-list (SIGHUP, or its file changing) ---

// The operational log's lines while this lives.
struct CapturedLog {
  std::ostringstream text;
  std::shared_ptr<spdlog::logger> previous = spdlog::default_logger();
  CapturedLog() {
    spdlog::set_default_logger(
        std::make_shared<spdlog::logger>("captured", std::make_shared<spdlog::sinks::ostream_sink_mt>(text)));
  }
  ~CapturedLog() { spdlog::set_default_logger(previous); }
};

TEST_F(SsoTest, AReloadedAllowListAppliesAtTheNextRequestOfEveryoneSignedIn) {
  auto dsl = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "j.smith@school.example"}});
  auto head = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "head@school.example"}});
  ASSERT_EQ(dsl.status, 200);
  ASSERT_EQ(head.status, 200);
  std::ofstream(settings.ssoUsersFile) << "head@school.example auditor\nnew.teacher@school.example helpdesk\n";
  // Nothing changes until the list is read again.
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "new.teacher@school.example"}}).status, 403);

  auto outcome = api->reloadSsoAllowList("SIGHUP");
  EXPECT_EQ(outcome.result, SsoAllowListHolder::Reload::Loaded);
  EXPECT_EQ(outcome.entries, 2u);
  ASSERT_EQ(audited("sso-reload").size(), 1u);
  EXPECT_EQ(audited("sso-reload")[0].actor, "SIGHUP");
  EXPECT_EQ(audited("sso-reload")[0].detail, settings.ssoUsersFile.string() + ": 2 entries");
  auto added = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "new.teacher@school.example"}});
  ASSERT_EQ(added.status, 200);
  EXPECT_EQ(nlohmann::json::parse(added.body)["role"], "helpdesk");
  // Taken off the list: the session made before ends at its next request.
  auto removed = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "j.smith@school.example"}, {"cookie", cookieIn(dsl)}});
  EXPECT_EQ(removed.status, 403);
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"cookie", cookieIn(dsl)}}).status, 401);
  // Another role: the same session (and CSRF token) with the role the list now gives.
  auto demoted = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "head@school.example"}, {"cookie", cookieIn(head)}});
  ASSERT_EQ(demoted.status, 200);
  EXPECT_EQ(nlohmann::json::parse(demoted.body)["role"], "auditor");
  EXPECT_EQ(nlohmann::json::parse(demoted.body)["csrfToken"], nlohmann::json::parse(head.body)["csrfToken"]);
  EXPECT_TRUE(test::headerValue(demoted, "Set-Cookie").empty());
  ASSERT_EQ(audited("sso-role-changed").size(), 1u);
  EXPECT_EQ(audited("sso-role-changed")[0].detail.rfind("admin -> auditor", 0), 0u);
  const std::string id = hold("anonymous");
  auto release = send("POST", "/api/v1/messages/" + id + "/release", kProxy,
                      {{"x-remote-user", "head@school.example"}, {"cookie", cookieIn(head)},
                       {"x-csrf-token", nlohmann::json::parse(head.body)["csrfToken"]}},
                      "{}");
  EXPECT_EQ(release.status, 403);  // an auditor now
}

TEST_F(SsoTest, AnAllowListThatDoesNotParseOnReloadKeepsTheOneInForceAndSaysWhere) {
  CapturedLog log;
  std::ofstream(settings.ssoUsersFile) << "new.teacher@school.example helpdesk\n# fine so far\nj.smith@school.example owner\n";
  auto outcome = api->reloadSsoAllowList("file-change");
  EXPECT_EQ(outcome.result, SsoAllowListHolder::Reload::Kept);
  EXPECT_EQ(outcome.entries, 4u);  // the list in force
  const std::string where = settings.ssoUsersFile.string() + ":3:";
  EXPECT_NE(outcome.error.find(where), std::string::npos) << outcome.error;
  EXPECT_NE(log.text.str().find(where), std::string::npos) << log.text.str();
  EXPECT_NE(log.text.str().find("[error]"), std::string::npos) << log.text.str();
  ASSERT_EQ(audited("sso-reload-failed").size(), 1u);
  EXPECT_NE(audited("sso-reload-failed")[0].detail.find(where), std::string::npos);
  // The list in force is the old one, whole: nothing of the broken file got in.
  auto dsl = send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "j.smith@school.example"}});
  ASSERT_EQ(dsl.status, 200);
  EXPECT_EQ(nlohmann::json::parse(dsl.body)["role"], "dsl");
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "new.teacher@school.example"}}).status, 403);
  // A file that went away is kept the same way; the next good file is read.
  std::filesystem::remove(settings.ssoUsersFile);
  EXPECT_EQ(api->reloadSsoAllowList("SIGHUP").result, SsoAllowListHolder::Reload::Kept);
  std::ofstream(settings.ssoUsersFile) << "new.teacher@school.example helpdesk\n";
  EXPECT_EQ(api->reloadSsoAllowList("SIGHUP").result, SsoAllowListHolder::Reload::Loaded);
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "new.teacher@school.example"}}).status, 200);
}

TEST(SsoAllowListHolder, EachReaderSeesOneWholeListWhileReloadsSwapThem) {
  aup::test::TempDir dir;
  const auto file = dir.path() / "sso-users";
  const std::string first = "a@school.example admin\nb@school.example admin\n";
  const std::string second = "a@school.example dsl\nb@school.example dsl\n";
  std::ofstream(file) << first;
  SsoAllowListHolder holder(file);
  auto before = holder.current();
  std::atomic<bool> done{false};
  std::atomic<int> mixed{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (!done) {
        auto list = holder.current();  // one snapshot: both users have the same role in it
        if (list->roleOf("a@school.example", {}) != list->roleOf("b@school.example", {})) ++mixed;
      }
    });
  }
  for (int i = 0; i < 200; ++i) {
    std::ofstream(file) << (i % 2 ? first : second);
    EXPECT_EQ(holder.reload().result, SsoAllowListHolder::Reload::Loaded);
  }
  done = true;
  for (auto& r : readers) r.join();
  EXPECT_EQ(mixed.load(), 0);
  EXPECT_EQ(before->roleOf("a@school.example", {}), Role::Admin);  // a list once read never changes
  EXPECT_EQ(SsoAllowListHolder().reload().result, SsoAllowListHolder::Reload::Kept);  // SSO off: no file
}

TEST_F(SsoTest, AChangedFileIsNoticedByTheWatcherAndReloaded) {
  // What aup-console's main runs: the product's file watcher calling the reload.
  FileChangeWatcher watcher([this] { return std::vector<std::filesystem::path>{api->ssoAllowListFile()}; },
                            std::chrono::milliseconds(0), [this] { api->reloadSsoAllowList("file-change"); });
  std::ofstream(settings.ssoUsersFile) << "new.teacher@school.example helpdesk\n# a longer file than before\n";
  EXPECT_FALSE(watcher.pollOnce());  // seen once: perhaps still being written
  EXPECT_TRUE(watcher.pollOnce());   // the same twice: reloaded
  ASSERT_EQ(audited("sso-reload").size(), 1u);
  EXPECT_EQ(audited("sso-reload")[0].actor, "file-change");
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "new.teacher@school.example"}}).status, 200);
}

// --- A flood of refusals does not grow the audit log without bound ---

TEST_F(SsoTest, ARepeatedlyRefusedUserIsAuditedAFewTimesThenSummarised) {
  ASSERT_EQ(settings.ssoRefusalAuditLimit, 5);
  for (int i = 0; i < 100; ++i) {
    ASSERT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "a.pupil@students.school.example"}}).status, 403);
  }
  EXPECT_EQ(audited("sso-refused").size(), 5u);
  // Another pupil behind the same address has their own lines.
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "b.pupil@students.school.example"}}).status, 403);
  EXPECT_EQ(audited("sso-refused").size(), 6u);
  api->flushAuditSummaries();  // the window has not passed: nothing yet
  EXPECT_EQ(audited("sso-refused").size(), 6u);

  clock += settings.ssoRefusalAuditWindowSeconds;
  EXPECT_EQ(send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "a.pupil@students.school.example"}}).status, 403);
  auto lines = audited("sso-refused");
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(lines[6].actor, "sso:a.pupil@students.school.example");
  EXPECT_EQ(lines[6].detail.rfind("95 further refusals suppressed (not on the SSO allow-list, from " + std::string(kProxy) + ")", 0), 0u)
      << lines[6].detail;
  EXPECT_EQ(lines[7].detail, "not on the SSO allow-list, from " + std::string(kProxy));  // a new window
}

TEST_F(SsoTest, SuppressedRefusalsAreSummarisedWhenTheirWindowPassesOrAtStop) {
  for (int i = 0; i < 8; ++i) send("GET", "/api/v1/session", "10.0.0.99", {{"x-remote-user", "head@school.example"}});
  for (int i = 0; i < 7; ++i) send("GET", "/api/v1/session", kProxy, {{"x-remote-user", "pupil@students.school.example"}});
  EXPECT_EQ(audited("sso-refused").size(), 10u);
  clock += settings.ssoRefusalAuditWindowSeconds;
  api->flushAuditSummaries();
  auto lines = audited("sso-refused");
  ASSERT_EQ(lines.size(), 12u);
  std::set<std::string> summaries{lines[10].actor + ": " + lines[10].detail.substr(0, lines[10].detail.find(") since") + 1),
                                   lines[11].actor + ": " + lines[11].detail.substr(0, lines[11].detail.find(") since") + 1)};
  EXPECT_EQ(summaries, (std::set<std::string>{
                           "sso: 3 further refusals suppressed (X-Remote-User 'head@school.example' from untrusted address 10.0.0.99)",
                           "sso:pupil@students.school.example: 2 further refusals suppressed (not on the SSO allow-list, from " +
                               std::string(kProxy) + ")"}));
  api->flushAuditSummaries();
  EXPECT_EQ(audited("sso-refused").size(), 12u);  // told once
  // At stop every count is written, passed or not.
  for (int i = 0; i < 6; ++i) send("GET", "/api/v1/session", "10.0.0.99", {{"x-remote-user", "head@school.example"}});
  api->flushAuditSummaries(/*everything=*/true);
  EXPECT_EQ(audited("sso-refused").back().detail.rfind("1 further refusal suppressed", 0), 0u) << audited("sso-refused").back().detail;
}

TEST(AuditFloodLimiter, LimitsEachPartyAndEachAddressAndCountsTheRest) {
  AuditFloodLimiter limiter(2, 60);
  auto refuse = [&](const std::string& address, const std::string& user, std::int64_t now) {
    return limiter.refused({address + " " + user, address, "sso:" + user, "from " + address}, now);
  };
  EXPECT_TRUE(refuse("192.0.2.1", "u1", 0).audit);
  EXPECT_TRUE(refuse("192.0.2.1", "u1", 1).audit);
  EXPECT_FALSE(refuse("192.0.2.1", "u1", 2).audit);
  EXPECT_FALSE(refuse("192.0.2.1", "u1", 3).audit);
  EXPECT_TRUE(refuse("192.0.2.2", "u1", 3).audit);  // another address: its own count
  // One address inventing users: 4 x 2 lines per window in all, the rest summarised for the address.
  for (int u = 2; u <= 7; ++u) EXPECT_TRUE(refuse("192.0.2.1", "u" + std::to_string(u), 4).audit) << u;
  EXPECT_FALSE(refuse("192.0.2.1", "u8", 5).audit);
  EXPECT_FALSE(refuse("192.0.2.1", "u9", 5).audit);
  EXPECT_TRUE(limiter.flush(59).empty());
  // The next window: u1's earlier count comes first.
  auto next = refuse("192.0.2.1", "u1", 61);
  EXPECT_TRUE(next.audit);
  ASSERT_EQ(next.summaries.size(), 2u);
  EXPECT_EQ(next.summaries[0].actor, "sso:u1");
  EXPECT_EQ(next.summaries[0].count, 2);
  EXPECT_EQ(next.summaries[0].since, 2);
  EXPECT_EQ(next.summaries[1].actor, "sso");
  EXPECT_EQ(next.summaries[1].count, 2);
  EXPECT_EQ(suppressedDetail(next.summaries[1]).rfind("2 further refusals suppressed (other users, from 192.0.2.1) since ", 0), 0u);
  EXPECT_TRUE(limiter.flush(1000, true).empty());
}

// Over real HTTP: the peer address is what the socket says, never what a header claims.
TEST_F(SsoTest, OverHttpOnlyTheConfiguredProxyAddressIsBelieved) {
  auto serve = [this](ConsoleSettings s, auto&& check) {
    reset(s);
    ConsoleHttpServer server(*api, 64 * 1024);
    const int port = server.bind("127.0.0.1", 0);
    std::thread serving([&] { server.run(); });
    httplib::Client client("127.0.0.1", port);
    check(client);
    server.stop();
    serving.join();
  };
  ConsoleSettings trusted = settings;
  trusted.trustedProxies = {"127.0.0.1"};
  serve(trusted, [](httplib::Client& client) {
    auto r = client.Get("/api/v1/session", {{"X-Remote-User", "head@school.example"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(nlohmann::json::parse(r->body)["role"], "admin");
    auto pupil = client.Get("/api/v1/session", {{"X-Remote-User", "pupil@students.school.example"}});
    EXPECT_EQ(pupil->status, 403);
  });
  serve(settings, [](httplib::Client& client) {  // the proxies are 10.0.0.2 and 2001:db8::2, not us
    auto r = client.Get("/api/v1/session", {{"X-Remote-User", "head@school.example"}, {"X-Forwarded-For", "10.0.0.2"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);
  });
}

}  // namespace
}  // namespace aup::console
