// The console over real HTTP on 127.0.0.1 (any free port): cpp-httplib's server and client, so
// cookies, headers and status codes are what a browser sees.

#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "console/http_server.h"
#include "tests/console/console_test_support.h"

namespace aup::console {
namespace {

struct ConsoleHttpTest : ::testing::Test, test::ConsoleFixture {
  test::ServedConsole served{*api};
  int port = served.port;
};

std::string cookieOf(const httplib::Result& r) {
  std::string header = r->get_header_value("Set-Cookie");
  return header.substr(0, header.find(';'));
}

TEST_F(ConsoleHttpTest, SignInListReleaseAndCsrfOverHttp) {
  std::string id = hold("anonymous", "Over HTTP");
  httplib::Client client("127.0.0.1", port);
  auto health = client.Get("/api/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_FALSE(health->get_header_value("Content-Security-Policy").empty());

  auto signIn = client.Post("/api/v1/session", R"({"user":"admin1","password":")" + test::kPassword + "\"}",
                            "application/json");
  ASSERT_TRUE(signIn);
  ASSERT_EQ(signIn->status, 200);
  const std::string cookie = cookieOf(signIn);
  const std::string csrf = nlohmann::json::parse(signIn->body)["csrfToken"];
  httplib::Headers session{{"Cookie", cookie}};

  auto list = client.Get("/api/v1/messages?subject=over%20http", session);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200);
  auto items = nlohmann::json::parse(list->body)["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], id);

  auto forged = client.Post("/api/v1/messages/" + id + "/release", session, "{}", "application/json");
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 403);
  EXPECT_TRUE(sink.messages().empty());

  httplib::Headers withCsrf{{"Cookie", cookie}, {"X-CSRF-Token", csrf}};
  auto released = client.Post("/api/v1/messages/" + id + "/release", withCsrf, "{}", "application/json");
  ASSERT_TRUE(released);
  EXPECT_EQ(released->status, 200) << released->body;
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST_F(ConsoleHttpTest, PathTricksOverHttpFindNothing) {
  httplib::Client client("127.0.0.1", port);
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/app.js%00.html", "/%2fetc%2fpasswd"}) {
    auto r = client.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
  }
  auto index = client.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<script src=\"/app.js\""), std::string::npos);
}

}  // namespace
}  // namespace aup::console
