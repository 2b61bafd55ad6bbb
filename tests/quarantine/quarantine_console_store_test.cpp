// SqliteQuarantineStorage console extensions: event trail, notes, release requests, paged search,
// schema version and migration from a version-2 store.

#include <gtest/gtest.h>

#include <set>

#include "decision/quarantine_id.h"
#include "quarantine/sqlite_db.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"

namespace aup {
namespace {

struct ConsoleStore : ::testing::Test {
  test::TempDir dir;
  SqliteQuarantineStorage store{StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw-test", MigrationMode::AtOpen}};

  std::string hold(const std::string& from = "j.smith@school.example", const std::string& policy = "dlp-unencrypted",
                   const std::string& subject = "Pupil list", const std::string& direction = "outbound") {
    HoldRequest r = test::sampleRequest(from, "parent@example.net", policy);
    r.subject = subject;
    r.direction = direction;
    return store.put(r, RawMessage::inMemory(test::sampleMessage()));
  }

  // Sets received_at directly: search order and date ranges need distinct times.
  void setReceived(const std::string& id, std::int64_t at) {
    SqliteDb db(store.databasePath());
    SqliteStatement q(db, "UPDATE messages SET received_at = ? WHERE id = ?");
    q.bind(1, at).bind(2, id).step();
  }
};

TEST_F(ConsoleStore, IsAtSchemaVersionFour) { EXPECT_EQ(store.schemaVersion(), 4); }

TEST_F(ConsoleStore, EventsAreKeptInOrderPerMessage) {
  std::string a = hold(), b = hold();
  store.appendEvent({0, a, 100, "alice", "console 10.0.0.5", "note", "", "first", ""});
  store.appendEvent({0, b, 0, "bob", "aupctl on gw", "delete", "spam", "deleted", ""});
  store.appendEvent({0, a, 200, "carol", "console 10.0.0.6", "release", "ok", "released to x", "250 ok"});
  auto trail = store.events(a);
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[0].actor, "alice");
  EXPECT_EQ(trail[0].at, 100);
  EXPECT_EQ(trail[1].mtaReply, "250 ok");
  EXPECT_LT(trail[0].seq, trail[1].seq);
  EXPECT_GT(store.events(b).at(0).at, 0);  // 0 means now
}

TEST_F(ConsoleStore, EventsForAnUnknownOrInvalidIdAreRefused) {
  EXPECT_THROW(store.appendEvent({0, newQuarantineId(), 0, "a", "b", "note", "", "", ""}), std::runtime_error);
  EXPECT_THROW(store.events("../../etc/passwd"), InvalidQuarantineId);
}

TEST_F(ConsoleStore, NotesAreBoundedAndListedOldestFirst) {
  std::string id = hold();
  store.addNote(id, "alice", "called the parent");
  store.addNote(id, "bob", "ok to send");
  auto notes = store.notes(id);
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].text, "called the parent");
  EXPECT_EQ(notes[1].author, "bob");
  EXPECT_THROW(store.addNote(id, "alice", ""), std::invalid_argument);
  EXPECT_THROW(store.addNote(id, "alice", std::string(kMaxNoteBytes + 1, 'x')), std::invalid_argument);
}

TEST_F(ConsoleStore, AReleaseRequestIsDecidedExactlyOnce) {
  std::string id = hold();
  std::int64_t req = store.createReleaseRequest({0, id, 0, "helpdesk1", "parent asked", {"dpo@school.example"}, ReleaseRequestState::Requested, "", 0, ""});
  auto got = store.releaseRequest(req);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->state, ReleaseRequestState::Requested);
  EXPECT_EQ(got->recipients, std::vector<std::string>{"dpo@school.example"});
  EXPECT_EQ(store.releaseRequests(ReleaseRequestState::Requested, "").size(), 1u);
  EXPECT_TRUE(store.decideReleaseRequest(req, ReleaseRequestState::Approved, "dsl1", "fine"));
  EXPECT_FALSE(store.decideReleaseRequest(req, ReleaseRequestState::Denied, "admin1", "late"));
  got = store.releaseRequest(req);
  EXPECT_EQ(got->state, ReleaseRequestState::Approved);
  EXPECT_EQ(got->decidedBy, "dsl1");
  EXPECT_TRUE(store.releaseRequests(ReleaseRequestState::Requested, "").empty());
  EXPECT_EQ(store.releaseRequests(std::nullopt, id).size(), 1u);
  EXPECT_FALSE(store.releaseRequest(req + 100).has_value());
  EXPECT_THROW(store.decideReleaseRequest(req, ReleaseRequestState::Requested, "x", ""), std::invalid_argument);
}

TEST_F(ConsoleStore, SearchFiltersByEveryField) {
  std::string a = hold("j.smith@school.example", "dlp-unencrypted", "Pupil list", "outbound");
  std::string b = hold("stranger@example.org", "anonymous", "Hello 100%", "inbound");
  std::string c = hold("k.jones@school.example", "chain-letter", "Forward this", "internal");
  setReceived(a, 1000);
  setReceived(b, 2000);
  setReceived(c, 3000);
  store.setState(c, QuarantineState::Released, "x", "released");
  auto ids = [&](QuarantineSearch s) {
    std::vector<std::string> out;
    for (const auto& r : store.search(s).records) out.push_back(r.id);
    return out;
  };
  QuarantineSearch s;
  EXPECT_EQ(ids(s), (std::vector<std::string>{c, b, a}));
  s = {}; s.sender = "STRANGER";
  EXPECT_EQ(ids(s), std::vector<std::string>{b});
  s = {}; s.subject = "100%";
  EXPECT_EQ(ids(s), std::vector<std::string>{b});
  s = {}; s.subject = "%";  // means itself, not "anything"
  EXPECT_EQ(ids(s), std::vector<std::string>{b});
  s = {}; s.recipient = "parent@";
  EXPECT_EQ(ids(s).size(), 3u);
  s = {}; s.policy = "anonymous";
  EXPECT_EQ(ids(s), std::vector<std::string>{b});
  s = {}; s.rule = "uln"; s.policy = "chain-letter";
  EXPECT_EQ(ids(s), std::vector<std::string>{c});
  s = {}; s.direction = "outbound";
  EXPECT_EQ(ids(s), std::vector<std::string>{a});
  s = {}; s.state = QuarantineState::Released;
  EXPECT_EQ(ids(s), std::vector<std::string>{c});
  s = {}; s.since = 1500; s.until = 3000;
  EXPECT_EQ(ids(s), std::vector<std::string>{b});
  ASSERT_EQ(store.search({}).records.at(0).request.reasons.size(), 1u);  // reasons are loaded
}

TEST_F(ConsoleStore, PagesWithAKeysetCursorVisitEveryRowOnce) {
  std::set<std::string> all;
  for (int i = 0; i < 7; ++i) {
    std::string id = hold();
    setReceived(id, 1000 + i / 2);  // ties on received_at are ordered by id
    all.insert(id);
  }
  QuarantineSearch s;
  s.limit = 3;
  std::set<std::string> seen;
  int pages = 0;
  for (;;) {
    QuarantinePage page = store.search(s);
    ++pages;
    for (const auto& r : page.records) EXPECT_TRUE(seen.insert(r.id).second) << "seen twice: " << r.id;
    if (page.nextCursor.empty()) break;
    s.after = page.nextCursor;
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen, all);
}

TEST_F(ConsoleStore, SearchRejectsBadLimitsAndCursors) {
  QuarantineSearch s;
  s.limit = 0;
  EXPECT_THROW(store.search(s), std::invalid_argument);
  s.limit = kMaxSearchLimit + 1;
  EXPECT_THROW(store.search(s), std::invalid_argument);
  s.limit = 10;
  for (const char* bad : {"x", "1:", ":abc", "12x:" , "5:../../etc"}) {
    s.after = bad;
    EXPECT_THROW(store.search(s), std::invalid_argument) << bad;
  }
}

TEST_F(ConsoleStore, PurgeRemovesTheTrailNotesAndRequestsToo) {
  std::string id = hold();
  setReceived(id, 10);
  store.addNote(id, "a", "n");
  store.appendEvent({0, id, 0, "a", "o", "note", "", "", ""});
  store.createReleaseRequest({0, id, 0, "h", "r", {}, ReleaseRequestState::Requested, "", 0, ""});
  store.purge(100);
  EXPECT_TRUE(store.releaseRequests(std::nullopt, "").empty());
  SqliteDb db(store.databasePath());
  for (const char* table : {"events", "notes"}) {
    SqliteStatement q(db, std::string("SELECT count(*) FROM ") + table);
    q.step();
    EXPECT_EQ(q.integer(0), 0) << table;
  }
}

TEST(ConsoleStoreMigration, AVersionThreeStoreGainsTheConsoleTablesAndKeepsItsRows) {
  test::TempDir dir;
  StoreOptions options{dir.path() / "q", "", std::chrono::seconds(120), "gw-test", MigrationMode::AtOpen};
  std::string id;
  {
    SqliteQuarantineStorage store(options);
    id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  }
  {
    // Back to version 3 (gateway and idempotency keys, no console tables) as that release left it.
    SqliteDb db(options.dir / "quarantine.db");
    db.exec("DROP TABLE events; DROP TABLE notes; DROP TABLE release_requests; "
            "DELETE FROM schema_migrations WHERE version = 4; PRAGMA user_version = 3");
  }
  SqliteQuarantineStorage store(options);
  EXPECT_EQ(store.schemaVersion(), 4);
  EXPECT_TRUE(store.get(id).has_value());
  store.addNote(id, "a", "after migration");
  EXPECT_EQ(store.notes(id).size(), 1u);
}

}  // namespace
}  // namespace aup
