// Single sign-on through a trusted reverse proxy: the user header is believed only from the
// configured proxy addresses, only users and groups on the allow-list get in (with their role),
// and sessions and CSRF then work as after a password sign-in.

#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <thread>

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
