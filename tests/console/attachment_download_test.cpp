// Downloading an attachment of a held message: admins only, with a reason, audited before a byte
// leaves, exact bytes under a safe name (handlers without sockets, then over HTTP).

#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>

#include "console/attachment_download.h"
#include "decision/crypto.h"
#include "tests/console/console_test_support.h"

namespace aup::console {
namespace {

using test::Client;
using test::headerValue;

// Binary on purpose: NUL, high bytes, CR LF that must come back untouched.
const std::string kPdfBytes = std::string("%PDF-1.4\r\n\0\x01\xff\xfe binary\n", 22);

// A message with three attachments: report.pdf (base64), a hostile name, a non-ASCII name.
std::string messageWithAttachments() {
  return "From: j.smith@school.example\r\nTo: parent@example.net\r\nSubject: Reports\r\nMIME-Version: 1.0\r\n"
         "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
         "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
         "--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Disposition: attachment; filename=\"report.pdf\"\r\n\r\nJVBERi0xLjQNCgAB//4gYmluYXJ5Cg==\r\n"
         "--b\r\nContent-Type: text/html\r\n"
         "Content-Disposition: attachment; filename*=utf-8''%22evil%22%0D%0AX-Injected%3A%201%2F..%5C..%2Fpasswd.html\r\n\r\n"
         "<script>alert(1)</script>\r\n"
         "--b\r\nContent-Type: text/plain\r\n"
         "Content-Disposition: attachment; filename*=utf-8''Zeugnis%20M%C3%BCller%20100%25.txt\r\n\r\n"
         "Gut gemacht\r\n--b--\r\n";
}

struct AttachmentDownloadTest : ::testing::Test, test::ConsoleFixture {
  Client as(const std::string& user) {
    Client c{api.get()};
    EXPECT_EQ(c.signIn(user).status, 200) << user;
    return c;
  }
  std::string holdWithAttachments(const std::string& policy = "anonymous") {
    HoldRequest r = aup::test::sampleRequest("j.smith@school.example", "parent@example.net", policy);
    return store.put(r, RawMessage::inMemory(messageWithAttachments()));
  }
  static std::string path(const std::string& id, const std::string& index) {
    return "/api/v1/messages/" + id + "/attachments/" + index + "/download";
  }
  std::vector<QuarantineEvent> trail(const std::string& id, const std::string& action) {
    std::vector<QuarantineEvent> out;
    for (const auto& e : store.events(id)) {
      if (e.action == action) out.push_back(e);
    }
    return out;
  }
};

const std::string kReason = R"({"reason":"the parent says the report is missing"})";

TEST_F(AttachmentDownloadTest, AnAdminGetsTheExactBytesAsAFileThatIsNeverRendered) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  auto detail = admin.json(admin.send("GET", "/api/v1/messages/" + id));
  ASSERT_EQ(detail["attachments"].size(), 3u);
  EXPECT_EQ(detail["attachments"][0]["filename"], "report.pdf");
  EXPECT_TRUE(detail["permissions"]["downloadAttachments"]);

  auto r = admin.send("POST", path(id, "0"), kReason);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body, kPdfBytes);
  EXPECT_EQ(detail["attachments"][0]["sha256"], sha256Hex(r.body));
  EXPECT_EQ(r.contentType, "application/octet-stream");  // never the declared application/pdf
  EXPECT_EQ(headerValue(r, "Content-Disposition"), "attachment; filename=\"report.pdf\"");
  EXPECT_EQ(headerValue(r, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(headerValue(r, "Cache-Control"), "no-store");
  EXPECT_EQ(headerValue(r, "Content-Security-Policy"), headerValue(admin.send("GET", "/"), "Content-Security-Policy"));

  // An HTML attachment is bytes too, under the same headers.
  auto html = admin.send("POST", path(id, "1"), kReason);
  ASSERT_EQ(html.status, 200);
  EXPECT_EQ(html.body, "<script>alert(1)</script>");
  EXPECT_EQ(html.contentType, "application/octet-stream");
}

TEST_F(AttachmentDownloadTest, EveryRoleButAdminIsRefusedAndTheRefusalIsAudited) {
  const std::string id = holdWithAttachments();
  for (const char* user : {"helpdesk1", "dsl1", "auditor1"}) {
    Client c = as(user);
    EXPECT_FALSE(c.json(c.send("GET", "/api/v1/messages/" + id))["permissions"]["downloadAttachments"]) << user;
    auto r = c.send("POST", path(id, "0"), kReason);
    EXPECT_EQ(r.status, 403) << user;
    EXPECT_EQ(r.body.find("%PDF"), std::string::npos);
  }
  EXPECT_EQ(audited("download-refused").size(), 3u);
  auto refused = trail(id, "download-refused");
  ASSERT_EQ(refused.size(), 3u);
  EXPECT_EQ(refused[0].actor, "console:helpdesk1");
  EXPECT_TRUE(trail(id, "download").empty());
  EXPECT_TRUE(audited("download").empty());
}

TEST_F(AttachmentDownloadTest, ADownloadNeedsAReason) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  for (const char* body : {"", "{}", R"({"reason":""})", R"({"reason":"   \t  "})", R"({"reason":" ok "})",
                           R"({"reason":5})", "[1]", "{not json"}) {
    EXPECT_EQ(admin.send("POST", path(id, "0"), body).status, 400) << body;
  }
  EXPECT_EQ(admin.send("POST", path(id, "0"), R"({"reason":"ULN check"})").status, 200);
  EXPECT_EQ(trail(id, "download").size(), 1u);
}

TEST_F(AttachmentDownloadTest, AMissingOrWrongCsrfTokenIs403) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  EXPECT_EQ(admin.send("POST", path(id, "0"), kReason, {}, /*withCsrf=*/false).status, 403);
  admin.csrf = std::string(64, 'a');
  EXPECT_EQ(admin.send("POST", path(id, "0"), kReason).status, 403);
  EXPECT_TRUE(trail(id, "download").empty());
}

TEST_F(AttachmentDownloadTest, UnknownItemsAndIndexesAre404AndAnythingButANumberIs400) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  EXPECT_EQ(admin.send("POST", path(std::string(32, 'a'), "0"), kReason).status, 404);
  EXPECT_EQ(admin.send("POST", path(id, "3"), kReason).status, 404);
  EXPECT_EQ(admin.send("POST", path(id, "999999"), kReason).status, 404);
  EXPECT_EQ(admin.send("POST", path(hold("anonymous"), "0"), kReason).status, 404);  // no attachments at all
  for (const char* index : {"../1", "1a", "-1", "+1", " 1", "0x1", "", "1/..", "%31", "1234567"}) {
    EXPECT_EQ(admin.send("POST", path(id, index), kReason).status, 400) << index;
  }
  EXPECT_EQ(admin.send("POST", path("..%2f..%2fetc%2fpasswd", "0"), kReason).status, 400);
  EXPECT_EQ(admin.send("GET", path(id, "0")).status, 405);
  EXPECT_TRUE(trail(id, "download").empty());
}

TEST_F(AttachmentDownloadTest, ADeletedMessageHasNothingToDownload) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  ASSERT_EQ(admin.send("POST", "/api/v1/messages/" + id + "/delete", R"({"reason":"spam"})").status, 200);
  EXPECT_EQ(admin.send("POST", path(id, "0"), kReason).status, 404);
}

TEST_F(AttachmentDownloadTest, AHostileFilenameIsCleanedBeforeItReachesTheHeader) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  auto r = admin.send("POST", path(id, "1"), kReason);
  ASSERT_EQ(r.status, 200);
  const std::string disposition = headerValue(r, "Content-Disposition");
  EXPECT_EQ(disposition, "attachment; filename=\"_evil___X-Injected_ 1_.._.._passwd.html\"");
  EXPECT_EQ(disposition.find_first_of("\r\n/\\"), std::string::npos);
  EXPECT_EQ(std::count(disposition.begin(), disposition.end(), '"'), 2);
}

TEST_F(AttachmentDownloadTest, ANonAsciiNameGoesInFilenameStarWithAnAsciiFallback) {
  const std::string id = holdWithAttachments();
  Client admin = as("admin1");
  auto r = admin.send("POST", path(id, "2"), kReason);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "Gut gemacht");
  EXPECT_EQ(headerValue(r, "Content-Disposition"),
            "attachment; filename=\"Zeugnis M_ller 100_.txt\"; filename*=UTF-8''Zeugnis%20M%C3%BCller%20100%25.txt");
}

TEST_F(AttachmentDownloadTest, TheTrailAndTheAuditLogSayWhoWhereWhichFileAndWhy) {
  const std::string id = holdWithAttachments("dlp-unencrypted");  // personal data: admins still may
  Client admin = as("admin1");
  ASSERT_EQ(admin.send("POST", path(id, "0"), kReason).status, 200);
  auto events = trail(id, "download");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].actor, "console:admin1");
  EXPECT_EQ(events[0].origin, "console 192.0.2.50");
  EXPECT_EQ(events[0].reason, "the parent says the report is missing");
  EXPECT_EQ(events[0].detail, "attachment 0 'report.pdf', 22 bytes, sha256 " + sha256Hex(kPdfBytes));
  // The trail the UI shows has it too.
  auto shown = admin.json(admin.send("GET", "/api/v1/messages/" + id + "/events"))["events"];
  bool found = false;
  for (const auto& e : shown) found = found || (e["action"] == "download" && e["reason"] == events[0].reason);
  EXPECT_TRUE(found);
  auto lines = audited("download");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].actor, "console:admin1");
  EXPECT_EQ(lines[0].id, id);
  EXPECT_NE(lines[0].detail.find(sha256Hex(kPdfBytes)), std::string::npos);
  EXPECT_NE(lines[0].detail.find("the parent says the report is missing"), std::string::npos);
  EXPECT_NE(lines[0].detail.find("from console 192.0.2.50"), std::string::npos);
}

TEST(AttachmentFilename, IsMadeSafeForAHeaderAndADisk) {
  struct Row {
    std::string in, safe, disposition;
  };
  const std::vector<Row> rows = {
      {"report.pdf", "report.pdf", R"(attachment; filename="report.pdf")"},
      {"", "attachment", R"(attachment; filename="attachment")"},
      {"...", "attachment", R"(attachment; filename="attachment")"},
      {"../../etc/passwd", "_.._etc_passwd", R"(attachment; filename="_.._etc_passwd")"},
      {"C:\\Windows\\x.exe", "C__Windows_x.exe", R"(attachment; filename="C__Windows_x.exe")"},
      {"<img src=x onerror=alert(5)>.txt", "_img src=x onerror=alert(5)_.txt",
       R"(attachment; filename="_img src=x onerror=alert(5)_.txt")"},
      {".bashrc", "bashrc", R"(attachment; filename="bashrc")"},
      {"a\"b\r\nSet-Cookie: x=1", "a_b__Set-Cookie_ x=1", R"(attachment; filename="a_b__Set-Cookie_ x=1")"},
      {std::string("nul\0tab\t\x7f", 9), "nul_tab__", R"(attachment; filename="nul_tab__")"},
      {"invoice\xe2\x80\xae" "fdp.exe", "invoice_fdp.exe", R"(attachment; filename="invoice_fdp.exe")"},
      {"bad\xff\xc3utf8.txt", "bad__utf8.txt", R"(attachment; filename="bad__utf8.txt")"},
      {"trailing. . ", "trailing", R"(attachment; filename="trailing")"},
      {"50%.txt", "50%.txt", R"(attachment; filename="50_.txt"; filename*=UTF-8''50%25.txt)"},
      {"\xe6\x97\xa5\xe6\x9c\xac.doc", "\xe6\x97\xa5\xe6\x9c\xac.doc",
       R"(attachment; filename="__.doc"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.doc)"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(safeFilename(row.in), row.safe) << row.in;
    EXPECT_EQ(contentDisposition(row.in), row.disposition) << row.in;
  }
}

TEST(AttachmentFilename, IsCutToWholeCharacters) {
  std::string longName;
  for (int i = 0; i < 200; ++i) longName += "\xc3\xa9";  // 400 bytes of é
  const std::string safe = safeFilename(longName);
  EXPECT_LE(safe.size(), kMaxFilenameBytes);
  EXPECT_EQ(safe.size() % 2, 0u);
}

// Over real HTTP: binary bytes and headers arrive as a browser gets them.
TEST_F(AttachmentDownloadTest, OverHttpTheBytesAndHeadersArriveIntactAndPathTricksAre400) {
  const std::string id = holdWithAttachments();
  test::ServedConsole served(*api);
  httplib::Client client("127.0.0.1", served.port);
  auto signIn = client.Post("/api/v1/session", R"({"user":"admin1","password":")" + test::kPassword + "\"}",
                            "application/json");
  ASSERT_TRUE(signIn);
  ASSERT_EQ(signIn->status, 200);
  const std::string setCookie = signIn->get_header_value("Set-Cookie");
  httplib::Headers headers{{"Cookie", setCookie.substr(0, setCookie.find(';'))},
                           {"X-CSRF-Token", nlohmann::json::parse(signIn->body)["csrfToken"].get<std::string>()}};
  auto r = client.Post(path(id, "0"), headers, kReason, "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->body, kPdfBytes);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/octet-stream");
  EXPECT_EQ(r->get_header_value("Content-Disposition"), "attachment; filename=\"report.pdf\"");
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  for (const char* index : {"..%2F1", "%2E%2E%2F1", "1a"}) {
    auto bad = client.Post(path(id, index), headers, kReason, "application/json");
    ASSERT_TRUE(bad) << index;
    EXPECT_EQ(bad->status, 400) << index;
  }
  EXPECT_EQ(trail(id, "download").size(), 1u);
}

}  // namespace
}  // namespace aup::console
