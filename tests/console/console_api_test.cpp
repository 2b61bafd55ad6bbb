// ConsoleApi driven without sockets: sign-in, sessions, CSRF, roles, the two-person rule, the
// trail, paging, static files and path tricks.

#include <gtest/gtest.h>

#include "console/static_assets.h"
#include "tests/console/console_test_support.h"

namespace aup::console {
namespace {

using test::Client;
using test::ConsoleFixture;
using test::headerValue;

struct ConsoleApiTest : ::testing::Test, ConsoleFixture {
  Client as(const std::string& user) {
    Client c{api.get()};
    EXPECT_EQ(c.signIn(user).status, 200) << user;
    return c;
  }
};

TEST_F(ConsoleApiTest, HealthAnswersWithoutSignIn) {
  Client anonymous{api.get()};
  auto r = anonymous.send("GET", "/api/v1/health");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(anonymous.json(r)["status"], "ok");
  EXPECT_EQ(anonymous.json(r)["schemaVersion"], 4);
}

TEST_F(ConsoleApiTest, EverythingElseNeedsASession) {
  Client anonymous{api.get()};
  EXPECT_EQ(anonymous.send("GET", "/api/v1/messages").status, 401);
  EXPECT_EQ(anonymous.send("GET", "/api/v1/requests").status, 401);
  EXPECT_EQ(anonymous.send("GET", "/api/v1/messages/" + hold("anonymous")).status, 401);
}

TEST_F(ConsoleApiTest, SignInSetsAStrictHttpOnlySecureCookieAndACsrfToken) {
  Client c{api.get()};
  auto r = c.signIn("admin1");
  ASSERT_EQ(r.status, 200);
  const std::string cookie = headerValue(r, "Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Secure"), std::string::npos);
  EXPECT_EQ(c.cookie.size(), 64u);
  EXPECT_EQ(c.csrf.size(), 64u);
  EXPECT_NE(c.cookie, c.csrf);
  EXPECT_EQ(c.json(c.send("GET", "/api/v1/session"))["role"], "admin");
}

TEST_F(ConsoleApiTest, WrongPasswordsAreRefusedAndThenRateLimited) {
  Client c{api.get()};
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.signIn("admin1", "wrong password!!").status, 401);
  EXPECT_EQ(c.signIn("admin1").status, 429);  // even the right password, until the window passes
  clock += 16 * 60;
  EXPECT_EQ(c.signIn("admin1").status, 200);
  EXPECT_EQ(Client{api.get()}.signIn("nobody", "whatever12345").status, 401);
}

TEST_F(ConsoleApiTest, AChangeWithoutOrWithAWrongCsrfTokenIs403) {
  std::string id = hold("anonymous");
  Client c = as("admin1");
  EXPECT_EQ(c.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text":"x"})", {}, false).status, 403);
  std::string good = c.csrf;
  c.csrf = std::string(64, 'a');
  EXPECT_EQ(c.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text":"x"})").status, 403);
  EXPECT_EQ(c.send("POST", "/api/v1/messages/" + id + "/release", "{}").status, 403);
  EXPECT_EQ(c.send("DELETE", "/api/v1/session").status, 403);
  EXPECT_TRUE(sink.messages().empty());
  c.csrf = good;
  EXPECT_EQ(c.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text":"x"})").status, 201);
}

TEST_F(ConsoleApiTest, SignInIssuesANewSessionIdSoAPlantedOneIsWorthless) {
  Client victim{api.get()};
  victim.cookie = std::string(64, 'f');  // fixed by an attacker before sign-in
  EXPECT_EQ(victim.send("GET", "/api/v1/session").status, 401);
  ASSERT_EQ(victim.signIn("admin1").status, 200);
  EXPECT_NE(victim.cookie, std::string(64, 'f'));
  Client attacker{api.get()};
  attacker.cookie = std::string(64, 'f');
  EXPECT_EQ(attacker.send("GET", "/api/v1/session").status, 401);
  // Signing in again from a live session replaces it: the old id stops working.
  const std::string first = victim.cookie;
  ASSERT_EQ(victim.signIn("admin1").status, 200);
  EXPECT_NE(victim.cookie, first);
  Client stale{api.get(), first};
  EXPECT_EQ(stale.send("GET", "/api/v1/session").status, 401);
}

TEST_F(ConsoleApiTest, IdleSessionsExpireAndSignOutEndsThem) {
  Client c = as("auditor1");
  clock += 31 * 60;
  EXPECT_EQ(c.send("GET", "/api/v1/session").status, 401);
  c = as("auditor1");
  EXPECT_EQ(c.send("DELETE", "/api/v1/session").status, 200);
  EXPECT_EQ(c.send("GET", "/api/v1/session").status, 401);
}

TEST_F(ConsoleApiTest, HelpdeskSeesMetadataButNotTheBodyOfPersonalData) {
  std::string personal = hold("dlp-unencrypted");
  std::string ordinary = hold("anonymous");
  Client helpdesk = as("helpdesk1");
  auto p = helpdesk.json(helpdesk.send("GET", "/api/v1/messages/" + personal));
  EXPECT_EQ(p["bodyHidden"], true);
  EXPECT_TRUE(p["preview"].is_null());
  EXPECT_EQ(p["mailFrom"], "j.smith@school.example");
  EXPECT_EQ(p["findings"][0]["evidence"], "ULN 12******90");
  EXPECT_EQ(p["permissions"]["release"], false);
  EXPECT_EQ(p["permissions"]["requestRelease"], true);
  auto o = helpdesk.json(helpdesk.send("GET", "/api/v1/messages/" + ordinary));
  EXPECT_EQ(o["bodyHidden"], false);
  EXPECT_NE(o["preview"]["text"].get<std::string>().find("leading dot line"), std::string::npos);
  Client dsl = as("dsl1");
  auto d = dsl.json(dsl.send("GET", "/api/v1/messages/" + personal));
  EXPECT_EQ(d["bodyHidden"], false);
  EXPECT_EQ(store.events(personal).back().action, "view");  // reading personal data is recorded
}

TEST_F(ConsoleApiTest, RoleDenials) {
  std::string ordinary = hold("anonymous");
  std::string personal = hold("dlp-unencrypted");
  Client helpdesk = as("helpdesk1"), auditor = as("auditor1"), dsl = as("dsl1");
  EXPECT_EQ(helpdesk.send("POST", "/api/v1/messages/" + ordinary + "/release", "{}").status, 403);
  EXPECT_EQ(helpdesk.send("POST", "/api/v1/messages/" + ordinary + "/delete", "{}").status, 403);
  EXPECT_EQ(auditor.send("POST", "/api/v1/messages/" + ordinary + "/requests", R"({"reason":"x"})").status, 403);
  EXPECT_EQ(auditor.send("POST", "/api/v1/messages/" + ordinary + "/notes", R"({"text":"x"})").status, 403);
  EXPECT_EQ(dsl.send("POST", "/api/v1/messages/" + ordinary + "/release", "{}").status, 403);
  EXPECT_EQ(dsl.send("POST", "/api/v1/messages/" + personal + "/release", "{}").status, 409);  // two-person rule
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(store.get(ordinary)->state, QuarantineState::Held);
}

TEST_F(ConsoleApiTest, AnAdminReleaseIsTheCliReleaseWithTheTrailAndTheAuditLine) {
  std::string id = hold("anonymous");
  Client admin = as("admin1");
  auto r = admin.send("POST", "/api/v1/messages/" + id + "/release", R"({"reason":"parent confirmed"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(admin.json(r)["mtaReply"], "250 2.0.0 queued");
  ASSERT_EQ(sink.messages().size(), 1u);
  EXPECT_TRUE(sink.messages()[0].data.starts_with("X-AUP-Released: v2; id=" + id));
  EXPECT_EQ(store.get(id)->state, QuarantineState::Released);
  auto trail = admin.json(admin.send("GET", "/api/v1/messages/" + id + "/events"))["events"];
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0]["actor"], "console:admin1");
  EXPECT_EQ(trail[0]["origin"], "console 192.0.2.50");
  EXPECT_EQ(trail[0]["reason"], "parent confirmed");
  EXPECT_EQ(trail[0]["mtaReply"], "250 2.0.0 queued");
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.back().action, "release");
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/release", "{}").status, 409);  // not held any more
}

TEST_F(ConsoleApiTest, ReleaseToChosenRecipientsAndBadAddressesAreRefused) {
  std::string id = hold("anonymous");
  Client admin = as("admin1");
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/release", R"({"to":["a b@x"]})").status, 400);
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/release", R"({"to":"it@school.example"})").status, 400);
  auto r = admin.send("POST", "/api/v1/messages/" + id + "/release", R"({"to":["it@school.example"]})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(sink.messages().at(0).recipients, std::vector<std::string>{"it@school.example"});
}

TEST_F(ConsoleApiTest, PersonalDataIsReleasedByASecondPersonApprovingARequest) {
  std::string id = hold("dlp-unencrypted");
  Client helpdesk = as("helpdesk1"), dsl = as("dsl1"), admin = as("admin1");
  EXPECT_EQ(helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", "{}").status, 400);  // a reason is required
  auto created = helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"parent expects it"})");
  ASSERT_EQ(created.status, 201);
  const std::string requestId = std::to_string(helpdesk.json(created)["id"].get<std::int64_t>());
  auto queue = dsl.json(dsl.send("GET", "/api/v1/requests", "", {{"state", "requested"}}))["requests"];
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["message"]["id"], id);
  EXPECT_EQ(helpdesk.send("POST", "/api/v1/requests/" + requestId + "/approve", "{}").status, 403);
  auto approved = dsl.send("POST", "/api/v1/requests/" + requestId + "/approve", R"({"note":"checked"})");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(sink.messages().size(), 1u);
  EXPECT_EQ(store.get(id)->state, QuarantineState::Released);
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/" + requestId + "/deny", "{}").status, 409);  // decided once
  std::vector<std::string> actions;
  for (const auto& e : store.events(id)) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"release-request", "approve", "release"}));
}

TEST_F(ConsoleApiTest, NobodyApprovesTheirOwnRequestButAnAdminCanBeTheSecondPerson) {
  std::string id = hold("dlp-unencrypted");
  Client dsl = as("dsl1"), admin = as("admin1");
  auto created = dsl.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"mine"})");
  ASSERT_EQ(created.status, 201);
  const std::string requestId = std::to_string(dsl.json(created)["id"].get<std::int64_t>());
  EXPECT_EQ(dsl.send("POST", "/api/v1/requests/" + requestId + "/approve", "{}").status, 403);
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/" + requestId + "/approve", "{}").status, 200);
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST_F(ConsoleApiTest, ADeniedRequestReleasesNothing) {
  std::string id = hold("dlp-unencrypted");
  Client helpdesk = as("helpdesk1"), admin = as("admin1");
  auto created = helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"please"})");
  const std::string requestId = std::to_string(helpdesk.json(created)["id"].get<std::int64_t>());
  EXPECT_EQ(admin.json(admin.send("POST", "/api/v1/requests/" + requestId + "/deny", R"({"note":"no"})"))["state"], "denied");
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);
  EXPECT_EQ(store.releaseRequest(std::stoll(requestId))->decidedBy, "admin1");
}

TEST_F(ConsoleApiTest, WithoutTheTwoPersonRuleTheDslReleasesPersonalDataDirectly) {
  ConsoleSettings settings;
  settings.twoPersonRelease = false;
  ConsoleFixture single(settings);
  Client dsl{single.api.get()};
  ASSERT_EQ(dsl.signIn("dsl1").status, 200);
  std::string id = single.hold("dlp-unencrypted");
  EXPECT_EQ(dsl.send("POST", "/api/v1/messages/" + id + "/release", "{}").status, 200);
}

TEST_F(ConsoleApiTest, DeleteAndNotesAreInTheTrail) {
  std::string id = hold("anonymous");
  Client admin = as("admin1");
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text":"looked at it"})").status, 201);
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text":""})").status, 400);
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/delete", R"({"reason":"spam"})").status, 200);
  EXPECT_EQ(store.get(id)->state, QuarantineState::Deleted);
  auto detail = admin.json(admin.send("GET", "/api/v1/messages/" + id));
  EXPECT_EQ(detail["notes"][0]["text"], "looked at it");
  EXPECT_EQ(detail["state"], "deleted");
  auto trail = store.events(id);
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[1].action, "delete");
  EXPECT_EQ(trail[1].reason, "spam");
}

TEST_F(ConsoleApiTest, SearchFiltersAndPages) {
  for (int i = 0; i < 5; ++i) hold("anonymous", "Hello " + std::to_string(i));
  hold("dlp-unencrypted", "Pupil list");
  Client auditor = as("auditor1");
  auto all = auditor.json(auditor.send("GET", "/api/v1/messages", "", {{"limit", "4"}}));
  EXPECT_EQ(all["items"].size(), 4u);
  ASSERT_FALSE(all["nextCursor"].get<std::string>().empty());
  auto rest = auditor.json(auditor.send("GET", "/api/v1/messages", "", {{"limit", "4"}, {"after", all["nextCursor"]}}));
  EXPECT_EQ(rest["items"].size(), 2u);
  EXPECT_EQ(rest["nextCursor"], "");
  auto dlp = auditor.json(auditor.send("GET", "/api/v1/messages", "", {{"policy", "dlp-unencrypted"}}));
  ASSERT_EQ(dlp["items"].size(), 1u);
  EXPECT_EQ(dlp["items"][0]["class"], "personal-data");
  EXPECT_EQ(auditor.send("GET", "/api/v1/messages", "", {{"limit", "100000"}}).status, 400);
  EXPECT_EQ(auditor.send("GET", "/api/v1/messages", "", {{"since", "yesterday"}}).status, 400);
  EXPECT_EQ(auditor.send("GET", "/api/v1/messages", "", {{"state", "gone"}}).status, 400);
  EXPECT_EQ(auditor.send("GET", "/api/v1/messages", "", {{"after", "1:../../x"}}).status, 400);
}

TEST_F(ConsoleApiTest, AHostileSubjectAndFilenameComeBackAsJsonStringsOnly) {
  HoldRequest r = aup::test::sampleRequest("x@example.org", "y@school.example", "anonymous");
  r.subject = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const std::string message =
      "From: x@example.org\r\nTo: y@school.example\r\nSubject: =?utf-8?q?<script>?=\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n"
      "<p>hi<script>alert(3)</script> <a href=\"javascript:alert(4)\">click</a></p>\r\n--b\r\n"
      "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"<img src=x onerror=alert(5)>.exe\"\r\n\r\nMZ\r\n--b--\r\n";
  std::string id = store.put(r, RawMessage::inMemory(message));
  Client admin = as("admin1");
  auto resp = admin.send("GET", "/api/v1/messages/" + id);
  EXPECT_EQ(resp.contentType, "application/json");
  EXPECT_EQ(headerValue(resp, "X-Content-Type-Options"), "nosniff");
  auto detail = admin.json(resp);
  EXPECT_EQ(detail["subject"], r.subject);  // data, shown with textContent by the UI
  EXPECT_EQ(detail["attachments"][0]["filename"], "<img src=x onerror=alert(5)>.exe");
  const std::string preview = detail["preview"]["text"];
  EXPECT_EQ(preview.find("alert(3)"), std::string::npos);  // scripts dropped from the HTML preview
  EXPECT_EQ(detail["preview"]["links"][0], "javascript:alert(4)");  // listed as text, never a live link
}

TEST_F(ConsoleApiTest, OnlyTheEmbeddedFilesAreServedWithAStrictPolicy) {
  Client anonymous{api.get()};
  auto index = anonymous.send("GET", "/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.contentType, "text/html; charset=utf-8");
  const std::string csp = headerValue(index, "Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(index.body.find("<script>"), std::string::npos);  // no inline script
  EXPECT_EQ(anonymous.send("GET", "/app.js").status, 200);
  for (const char* path : {"/../../etc/passwd", "/..%2f..%2fetc/passwd", "/web/app.js", "//etc/passwd", "/app.js/..",
                           "/index.html/", "/quarantine.db", "/console-users.db"}) {
    EXPECT_EQ(anonymous.send("GET", path).status, 404) << path;
  }
  EXPECT_EQ(anonymous.send("POST", "/index.html").status, 405);
}

TEST_F(ConsoleApiTest, IdRoutesRefuseAnythingButAQuarantineId) {
  Client admin = as("admin1");
  for (const char* id : {"..", "..%2f..%2fetc%2fpasswd", "../../etc/passwd", "ABCDEF", "0123456789abcdef0123456789abcdeg"}) {
    int status = admin.send("GET", std::string("/api/v1/messages/") + id).status;
    EXPECT_TRUE(status == 400 || status == 404) << id << " -> " << status;
  }
  EXPECT_EQ(admin.send("GET", "/api/v1/messages/" + std::string(32, 'a')).status, 404);
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/abc/approve", "{}").status, 404);
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/999/approve", "{}").status, 404);
}

TEST_F(ConsoleApiTest, MalformedAndOversizedBodiesAreClearErrors) {
  std::string id = hold("anonymous");
  Client admin = as("admin1");
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/notes", "{not json").status, 400);
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/notes", R"({"text": 5})").status, 400);
  EXPECT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/notes", std::string(70 * 1024, 'x')).status, 413);
  Client c{api.get()};
  EXPECT_EQ(c.send("POST", "/api/v1/session", "[]").status, 400);
}

}  // namespace
}  // namespace aup::console
