// The "request release" link of a staff notice, over real HTTP on 127.0.0.1 (cpp-httplib's server
// and client): the page, the form and its anti-CSRF cookie, one request per link, refusals for
// expired, forged and unknown links, rate limits, and the outcome told to the sender.

#include <gtest/gtest.h>
#include <httplib.h>

#include <regex>
#include <thread>

#include "console/http_server.h"
#include "decision/crypto.h"
#include "decision/request_link.h"
#include "tests/console/console_test_support.h"

namespace aup::console {
namespace {

constexpr const char* kSender = "j.smith@school.example";
constexpr std::int64_t kWeek = 7 * 86400;

struct RequestLinkHttpTest : ::testing::Test, test::ConsoleFixture {
  std::unique_ptr<ConsoleHttpServer> server;
  std::thread serving;
  int port = 0;

  void SetUp() override { startServer(); }
  void TearDown() override { stopServer(); }

  void startServer() {
    server = std::make_unique<ConsoleHttpServer>(*api, 64 * 1024);
    port = server->bind("127.0.0.1", 0);
    serving = std::thread([this] { server->run(); });
    // Serving before anything can stop it (httplib's stop() before its loop starts is lost).
    httplib::Client client("127.0.0.1", port);
    for (int i = 0; i < 500 && !client.Get("/api/v1/health"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  void stopServer() {
    server->stop();
    serving.join();
  }
  // The console again with other settings (the server serves the new one).
  void restartWith(ConsoleSettings settings) {
    stopServer();
    reset(std::move(settings));
    startServer();
  }

  std::string linkPath(const std::string& id, const std::string& address = kSender, std::int64_t lifetime = kWeek) {
    return "/request/" + signRequestLink({id, address, clock + lifetime}, test::kReleaseKey);
  }

  // The page's anti-CSRF value and cookie, as a browser that opened the link holds them.
  struct Form {
    int status = 0;
    std::string csrf, cookie, body;
  };
  Form open(const std::string& path) {
    httplib::Client client("127.0.0.1", port);
    auto r = client.Get(path);
    EXPECT_TRUE(r);
    Form form;
    if (!r) return form;
    form.status = r->status;
    form.body = r->body;
    std::smatch m;
    if (std::regex_search(r->body, m, std::regex(R"re(name="csrf" value="([0-9a-f]{64})")re"))) form.csrf = m[1].str();
    std::string setCookie = r->get_header_value("Set-Cookie");
    form.cookie = setCookie.substr(0, setCookie.find(';'));
    return form;
  }

  httplib::Result post(const std::string& path, const std::string& body, const std::string& cookie,
                       httplib::Headers extra = {}) {
    httplib::Client client("127.0.0.1", port);
    if (!cookie.empty()) extra.emplace("Cookie", cookie);
    return client.Post(path, extra, body, "application/x-www-form-urlencoded");
  }

  std::vector<ReleaseRequest> requestsFor(const std::string& id) { return store.releaseRequests(std::nullopt, id); }
};

TEST_F(RequestLinkHttpTest, AValidLinkShowsAFormWhosePostCreatesOneRequestAsTheSender) {
  const std::string id = hold("dlp-unencrypted", "Pupil list 1000000043");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_NE(form.body.find("Pupil list 10******43"), std::string::npos);  // masked, as the notice showed it
  EXPECT_EQ(form.body.find("1000000043"), std::string::npos);
  ASSERT_EQ(form.csrf.size(), 64u) << form.body;
  EXPECT_EQ(form.cookie, "aup_request=" + form.csrf);
  {
    httplib::Client client("127.0.0.1", port);
    auto r = client.Get(path);
    const std::string setCookie = r->get_header_value("Set-Cookie");
    for (const char* flag : {"HttpOnly", "SameSite=Strict", "Path=/request/"}) {
      EXPECT_NE(setCookie.find(flag), std::string::npos) << setCookie;
    }
    EXPECT_NE(r->get_header_value("Content-Security-Policy").find("form-action 'self'"), std::string::npos);
    EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer");  // the token never leaks in a Referer
    EXPECT_EQ(r->body.find("<script"), std::string::npos);
  }
  EXPECT_TRUE(requestsFor(id).empty());  // looking creates nothing

  auto sent = post(path, "reason=Parent+needs+the+form+%2B+the+list+today+%C3%A9&csrf=" + form.csrf, form.cookie);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->status, 201) << sent->body;
  EXPECT_NE(sent->body.find("Your request has been sent"), std::string::npos);
  auto requests = requestsFor(id);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].requestedBy, "notice-link:j.smith@school.example");
  EXPECT_EQ(requests[0].reason, "Parent needs the form + the list today \xc3\xa9");
  EXPECT_EQ(requests[0].state, ReleaseRequestState::Requested);
  auto trail = store.events(id);
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail.back().action, "release-request");
  EXPECT_EQ(trail.back().actor, "notice-link:j.smith@school.example");
  EXPECT_EQ(trail.back().origin, "notice link 127.0.0.1");
  ASSERT_EQ(audited("release-request").size(), 1u);
  EXPECT_EQ(audited("release-request")[0].id, id);
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);  // a request releases nothing by itself
}

TEST_F(RequestLinkHttpTest, ReplayingTheLinkShowsTheStatusAndCreatesNothing) {
  const std::string id = hold("dlp-unencrypted");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=first&csrf=" + form.csrf, form.cookie)->status, 201);
  // Opened again, and the old form posted again: the status, no second request.
  Form again = open(path);
  EXPECT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("waiting for review"), std::string::npos) << again.body;
  EXPECT_TRUE(again.csrf.empty());  // no form
  auto replay = post(path, "reason=second&csrf=" + form.csrf, form.cookie);
  EXPECT_EQ(replay->status, 200);
  EXPECT_NE(replay->body.find("waiting for review"), std::string::npos);
  ASSERT_EQ(requestsFor(id).size(), 1u);
  EXPECT_EQ(requestsFor(id)[0].reason, "first");
  EXPECT_EQ(audited("release-request").size(), 1u);
  EXPECT_EQ(audited("request-link-replay").size(), 1u);
  // Decided: the page says how.
  ASSERT_TRUE(store.decideReleaseRequest(requestsFor(id)[0].id, ReleaseRequestState::Denied, "dsl1", "use the portal"));
  Form decided = open(path);
  EXPECT_NE(decided.body.find("denied"), std::string::npos);
  EXPECT_NE(decided.body.find("use the portal"), std::string::npos);
  EXPECT_EQ(requestsFor(id).size(), 1u);
}

TEST_F(RequestLinkHttpTest, AnExpiredLinkIs410AndAuditedOnTheMessage) {
  const std::string id = hold("dlp-unencrypted");
  const std::string path = linkPath(id, kSender, 3600);
  clock += 3600;
  Form form = open(path);
  EXPECT_EQ(form.status, 410);
  EXPECT_NE(form.body.find("expired"), std::string::npos);
  EXPECT_NE(form.body.find(id), std::string::npos);  // the reference to quote to IT
  EXPECT_TRUE(form.csrf.empty());
  auto refused = audited("request-link-refused");
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].id, id);
  EXPECT_EQ(store.events(id).back().action, "request-link-refused");
  EXPECT_TRUE(requestsFor(id).empty());
}

TEST_F(RequestLinkHttpTest, AForgedLinkIs403AndAuditedWithoutTouchingAnyMessage) {
  const std::string id = hold("dlp-unencrypted");
  const std::string other = hold("anonymous", "someone else's");
  const std::string genuine = linkPath(id);
  const std::string token = genuine.substr(9);
  const std::vector<std::string> forged = {
      "/request/" + std::string(token).replace(token.find(id), id.size(), other),  // moved to another message
      "/request/" + token.substr(0, token.size() - 1) + (token.back() == 'A' ? "B" : "A"),  // MAC changed
      "/request/" + signRequestLink({id, kSender, clock + kWeek}, "some-other-key-some-other-key"),
      "/request/garbage", "/request/", "/request/..%2f..%2fetc%2fpasswd"};
  for (const auto& path : forged) {
    Form form = open(path);
    EXPECT_EQ(form.status, 403) << path;
    EXPECT_NE(form.body.find("not valid"), std::string::npos) << path;
    EXPECT_TRUE(form.csrf.empty()) << path;
    auto refused = post(path, "reason=x&csrf=y", "aup_request=y");
    EXPECT_EQ(refused->status, 403) << path;
  }
  EXPECT_EQ(audited("request-link-refused").size(), 2 * forged.size());
  for (const auto& a : audited("request-link-refused")) EXPECT_EQ(a.id, "");
  EXPECT_TRUE(store.events(id).empty());
  EXPECT_TRUE(store.events(other).empty());
  EXPECT_TRUE(store.releaseRequests(std::nullopt, "").empty());
}

TEST_F(RequestLinkHttpTest, AGenuineLinkForAMessageNoLongerKeptIs410) {
  const std::string gone = "0123456789abcdef0123456789abcdef";
  Form form = open(linkPath(gone));
  EXPECT_EQ(form.status, 410);
  EXPECT_NE(form.body.find("no longer"), std::string::npos);
  ASSERT_EQ(audited("request-link-refused").size(), 1u);
  EXPECT_NE(audited("request-link-refused")[0].detail.find(gone), std::string::npos);
}

TEST_F(RequestLinkHttpTest, AReleasedOrDeletedMessageSaysSoAndCreatesNothing) {
  const std::string released = hold("dlp-unencrypted", "released one");
  const std::string deleted = hold("dlp-unencrypted", "deleted one");
  store.setState(released, QuarantineState::Released, "admin", "released to parent@example.net");
  store.setState(deleted, QuarantineState::Deleted, "admin", "");
  Form r = open(linkPath(released));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("already been released"), std::string::npos) << r.body;
  EXPECT_TRUE(r.csrf.empty());
  Form d = open(linkPath(deleted));
  EXPECT_NE(d.body.find("deleted"), std::string::npos) << d.body;
  EXPECT_TRUE(d.csrf.empty());
  EXPECT_EQ(post(linkPath(released), "reason=x&csrf=y", "aup_request=y")->status, 200);
  EXPECT_TRUE(store.releaseRequests(std::nullopt, "").empty());
}

TEST_F(RequestLinkHttpTest, APostWithoutTheFormsCookieOrWithAnotherValueIsRefused) {
  const std::string id = hold("dlp-unencrypted");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_FALSE(form.csrf.empty());
  struct Case {
    const char* what;
    std::string body, cookie;
    httplib::Headers headers;
  };
  const std::vector<Case> cases = {
      {"no cookie (a cross-site form: SameSite=Strict keeps it away)", "reason=x&csrf=" + form.csrf, "", {}},
      {"no form value", "reason=x", form.cookie, {}},
      {"another value", "reason=x&csrf=" + std::string(64, 'a'), form.cookie, {}},
      {"a value from another page", "reason=x&csrf=" + form.csrf, "aup_request=" + std::string(64, 'b'), {}},
      {"a cross-site request", "reason=x&csrf=" + form.csrf, form.cookie, {{"Sec-Fetch-Site", "cross-site"}}},
  };
  for (const auto& c : cases) {
    auto r = post(path, c.body, c.cookie, c.headers);
    ASSERT_TRUE(r) << c.what;
    EXPECT_EQ(r->status, 403) << c.what;
  }
  EXPECT_TRUE(requestsFor(id).empty());
  EXPECT_EQ(audited("request-link-refused").size(), cases.size());
  // An empty reason is asked for again, with the same anti-CSRF value.
  auto empty = post(path, "reason=++&csrf=" + form.csrf, form.cookie);
  EXPECT_EQ(empty->status, 400);
  EXPECT_NE(empty->body.find("Please say why"), std::string::npos);
  EXPECT_NE(empty->body.find(form.csrf), std::string::npos);
  EXPECT_TRUE(requestsFor(id).empty());
  // The JSON API is no way around it: without a session nothing is created.
  httplib::Client client("127.0.0.1", port);
  auto api = client.Post("/api/v1/messages/" + id + "/requests", R"({"reason":"x"})", "application/json");
  EXPECT_EQ(api->status, 401);
  EXPECT_TRUE(requestsFor(id).empty());
}

TEST_F(RequestLinkHttpTest, VisitsAreRateLimitedPerClientAddress) {
  ConsoleSettings settings;
  settings.requestLinkLimit = 3;
  restartWith(settings);
  const std::string id = hold("dlp-unencrypted");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(open(linkPath(id)).status, 200) << i;
  Form limited = open(linkPath(id));
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(open("/request/garbage").status, 429);  // guessing is limited the same way
  EXPECT_EQ(audited("request-link-refused").size(), 2u);
  EXPECT_EQ(audited("request-link-refused")[0].detail, "rate-limited (notice link 127.0.0.1)");
  // Another address is counted on its own; the window passes.
  test::Client elsewhere{api.get()};
  elsewhere.address = "192.0.2.77";
  EXPECT_EQ(elsewhere.send("GET", linkPath(id)).status, 200);
  clock += settings.requestLinkWindowSeconds;
  EXPECT_EQ(open(linkPath(id)).status, 200);
}

TEST_F(RequestLinkHttpTest, TheSenderIsToldWhenTheirRequestIsApprovedAndDelivered) {
  const std::string id = hold("dlp-unencrypted", "Transfer form");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=the+parent+is+waiting&csrf=" + form.csrf, form.cookie)->status, 201);
  const std::int64_t requestId = requestsFor(id)[0].id;

  test::Client admin{api.get()};
  ASSERT_EQ(admin.signIn("admin1").status, 200);
  auto approved = admin.send("POST", "/api/v1/requests/" + std::to_string(requestId) + "/approve",
                             R"({"note":"checked with the DPO"})");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(sink.messages().size(), 1u);  // the release
  EXPECT_EQ(store.get(id)->state, QuarantineState::Released);
  EXPECT_EQ(outbox.counts().pending, 1);  // the outcome notice, durable until a sender takes it
  aup::test::SmtpSink noticeSink;
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", noticeSink.port(), std::chrono::seconds(30)});
  ASSERT_EQ(outbox.deliverDue(sender, clock + 10), 1u);
  const auto notices = noticeSink.messages();
  ASSERT_EQ(notices.size(), 1u);
  const auto& notice = notices[0];
  EXPECT_EQ(notice.recipients, std::vector<std::string>{kSender});
  EXPECT_EQ(notice.data.rfind("X-AUP-Notice: v2;", 0), 0u);
  EXPECT_NE(notice.data.find("Subject: Your request to release \"Transfer form\" was approved"), std::string::npos)
      << notice.data;
  EXPECT_NE(notice.data.find("checked with the DPO"), std::string::npos);
  EXPECT_EQ(audited("outcome-notice").size(), 1u);
  EXPECT_EQ(store.events(id).back().action, "outcome-notice");
  // The page now says it was approved and delivered.
  EXPECT_NE(open(path).body.find("The message has been delivered"), std::string::npos);
}

TEST_F(RequestLinkHttpTest, TheSenderIsToldWhenTheirRequestIsDeniedWithTheReviewersReason) {
  const std::string id = hold("anonymous", "Chain letter");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=it+is+harmless&csrf=" + form.csrf, form.cookie)->status, 201);
  test::Client dsl{api.get()};
  ASSERT_EQ(dsl.signIn("admin2").status, 200);
  auto denied = dsl.send("POST", "/api/v1/requests/" + std::to_string(requestsFor(id)[0].id) + "/deny",
                         R"({"note":"chain letters are not forwarded"})");
  ASSERT_EQ(denied.status, 200) << denied.body;
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);
  aup::test::SmtpSink noticeSink;
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", noticeSink.port(), std::chrono::seconds(30)});
  ASSERT_EQ(outbox.deliverDue(sender, clock + 10), 1u);
  std::string data = noticeSink.messages().at(0).data;
  for (std::size_t at; (at = data.find("=\r\n")) != std::string::npos;) data.erase(at, 3);
  EXPECT_NE(data.find("was denied"), std::string::npos);
  EXPECT_NE(data.find("chain letters are not forwarded"), std::string::npos);
  EXPECT_NE(open(path).body.find("chain letters are not forwarded"), std::string::npos);
}

TEST_F(RequestLinkHttpTest, OnlyTheRequesterWhoIsTheSenderIsTold) {
  // A helpdesk request is not the sender's: nobody is told. (A console user named as the sender is.)
  const std::string id = hold("anonymous");
  test::Client helpdesk{api.get()};
  ASSERT_EQ(helpdesk.signIn("helpdesk1").status, 200);
  ASSERT_EQ(helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"asked by phone"})").status, 201);
  test::Client admin{api.get()};
  ASSERT_EQ(admin.signIn("admin1").status, 200);
  const std::int64_t requestId = store.releaseRequests(std::nullopt, id).at(0).id;
  ASSERT_EQ(admin.send("POST", "/api/v1/requests/" + std::to_string(requestId) + "/deny", "{}").status, 200);
  EXPECT_EQ(outbox.counts().pending, 0);

  users.setUser(kSender, Role::Helpdesk, test::kPassword);
  const std::string own = hold("anonymous", "my own");
  test::Client sender{api.get()};
  ASSERT_EQ(sender.signIn(kSender).status, 200);
  ASSERT_EQ(sender.send("POST", "/api/v1/messages/" + own + "/requests", R"({"reason":"mine"})").status, 201);
  const std::int64_t ownId = store.releaseRequests(std::nullopt, own).at(0).id;
  ASSERT_EQ(admin.send("POST", "/api/v1/requests/" + std::to_string(ownId) + "/deny", R"({"note":"no"})").status, 200);
  EXPECT_EQ(outbox.counts().pending, 1);
}

// The outbox's notices as sent (quoted-printable soft line breaks undone, to search the text).
std::vector<aup::test::SunkMessage> deliver(SqliteNoticeOutbox& outbox, std::int64_t now) {
  aup::test::SmtpSink noticeSink;
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", noticeSink.port(), std::chrono::seconds(30)});
  outbox.deliverDue(sender, now);
  auto out = noticeSink.messages();
  for (auto& m : out) {
    for (std::size_t at; (at = m.data.find("=\r\n")) != std::string::npos;) m.data.erase(at, 3);
  }
  return out;
}

TEST_F(RequestLinkHttpTest, ADirectReleaseClosesTheWaitingRequestsAndTellsTheSenderOnce) {
  const std::string id = hold("anonymous", "Trip letter");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=the+parents+need+it&csrf=" + form.csrf, form.cookie)->status, 201);
  test::Client helpdesk{api.get()};
  ASSERT_EQ(helpdesk.signIn("helpdesk1").status, 200);
  ASSERT_EQ(helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"asked by phone"})").status, 201);

  test::Client admin{api.get()};
  ASSERT_EQ(admin.signIn("admin1").status, 200);
  auto released = admin.send("POST", "/api/v1/messages/" + id + "/release", R"({"reason":"confidential: checked with head"})");
  ASSERT_EQ(released.status, 200) << released.body;
  // Both requests closed with the release; nobody can decide them now.
  for (const auto& r : requestsFor(id)) {
    EXPECT_EQ(r.state, ReleaseRequestState::Superseded) << r.id;
    EXPECT_EQ(r.decidedBy, "console:admin1");
  }
  const auto queue = admin.json(admin.send("GET", "/api/v1/requests", "", {{"state", "superseded"}}))["requests"];
  EXPECT_EQ(queue.size(), 2u);
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/" + std::to_string(requestsFor(id)[0].id) + "/deny", "{}").status, 409);
  ASSERT_EQ(audited("request-superseded").size(), 2u);
  EXPECT_EQ(audited("request-superseded")[0].actor, "console:admin1");
  // Only the sender, who asked through their notice's link, is told (the helpdesk asked for someone).
  ASSERT_EQ(audited("outcome-notice").size(), 1u);
  EXPECT_EQ(audited("outcome-notice")[0].detail,
            "told j.smith@school.example that request " + std::to_string(requestsFor(id)[0].id) + " was closed (released)");
  EXPECT_EQ(store.events(id).back().action, "outcome-notice");
  auto notices = deliver(outbox, clock + 10);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].recipients, std::vector<std::string>{kSender});
  const std::string& text = notices[0].data;
  EXPECT_NE(text.find("Subject: Your request to release \"Trip letter\" was closed: the message was released"),
            std::string::npos) << text;
  EXPECT_NE(text.find("admin1 released the message: it has been delivered"), std::string::npos) << text;
  EXPECT_EQ(text.find("confidential"), std::string::npos);  // the reason typed for the trail stays there
  EXPECT_NE(open(path).body.find("without a decision, because the message was released"), std::string::npos);

  // Told once: deleting the released message closes nothing more and tells nobody again.
  ASSERT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/delete", R"({"reason":"tidy"})").status, 200);
  EXPECT_EQ(audited("request-superseded").size(), 2u);
  EXPECT_EQ(audited("outcome-notice").size(), 1u);
  EXPECT_EQ(outbox.counts().pending, 0);
}

TEST_F(RequestLinkHttpTest, ADirectDeleteClosesTheWaitingRequestAndTellsTheSenderItWasDeleted) {
  const std::string id = hold("dlp-unencrypted", "Class list");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=the+trip+needs+it&csrf=" + form.csrf, form.cookie)->status, 201);
  const std::int64_t requestId = requestsFor(id)[0].id;

  test::Client dsl{api.get()};
  ASSERT_EQ(dsl.signIn("dsl1").status, 200);
  ASSERT_EQ(dsl.send("POST", "/api/v1/messages/" + id + "/delete", R"({"reason":"safeguarding referral"})").status, 200);
  EXPECT_EQ(store.releaseRequest(requestId)->state, ReleaseRequestState::Superseded);
  EXPECT_EQ(store.releaseRequest(requestId)->decisionNote, "deleted");
  std::vector<std::string> actions;
  for (const auto& e : store.events(id)) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"release-request", "delete", "request-superseded", "outcome-notice"}));
  auto notices = deliver(outbox, clock + 10);
  ASSERT_EQ(notices.size(), 1u);
  const std::string& text = notices[0].data;
  EXPECT_NE(text.find("Subject: Your request to release \"Class list\" was closed: the message was deleted"),
            std::string::npos) << text;
  EXPECT_NE(text.find("because the message was deleted from quarantine: it will not be delivered"), std::string::npos);
  EXPECT_EQ(text.find("safeguarding"), std::string::npos);  // neither the reason
  EXPECT_EQ(text.find("dsl1"), std::string::npos);          // nor who deleted it
  EXPECT_NE(open(path).body.find("without a decision, because the message was deleted"), std::string::npos);
  test::Client admin{api.get()};
  ASSERT_EQ(admin.signIn("admin1").status, 200);
  EXPECT_EQ(admin.send("POST", "/api/v1/requests/" + std::to_string(requestId) + "/approve", "{}").status, 409);
}

TEST_F(RequestLinkHttpTest, ApprovingOneRequestClosesTheOthersOnTheMessageAndTellsTheirSender) {
  const std::string id = hold("anonymous", "Newsletter");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=mine&csrf=" + form.csrf, form.cookie)->status, 201);
  test::Client helpdesk{api.get()};
  ASSERT_EQ(helpdesk.signIn("helpdesk1").status, 200);
  auto made = helpdesk.send("POST", "/api/v1/messages/" + id + "/requests", R"({"reason":"the office asked"})");
  ASSERT_EQ(made.status, 201);
  const std::int64_t helpdeskRequest = helpdesk.json(made)["id"];
  test::Client admin{api.get()};
  ASSERT_EQ(admin.signIn("admin1").status, 200);
  ASSERT_EQ(admin.send("POST", "/api/v1/requests/" + std::to_string(helpdeskRequest) + "/approve", "{}").status, 200);
  EXPECT_EQ(store.releaseRequest(helpdeskRequest)->state, ReleaseRequestState::Approved);
  EXPECT_EQ(requestsFor(id)[0].state, ReleaseRequestState::Superseded);  // the sender's, through the link
  auto notices = deliver(outbox, clock + 10);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_NE(notices[0].data.find("was closed: the message was released"), std::string::npos);
}

TEST_F(RequestLinkHttpTest, TheSenderCannotApproveTheirOwnLinkRequestFromTheConsole) {
  const std::string id = hold("anonymous");
  const std::string path = linkPath(id);
  Form form = open(path);
  ASSERT_EQ(post(path, "reason=mine&csrf=" + form.csrf, form.cookie)->status, 201);
  users.setUser("J.Smith@school.example", Role::Admin, test::kPassword);
  test::Client self{api.get()};
  ASSERT_EQ(self.signIn("J.Smith@school.example").status, 200);
  auto r = self.send("POST", "/api/v1/requests/" + std::to_string(requestsFor(id)[0].id) + "/approve", "{}");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);
}

}  // namespace
}  // namespace aup::console
