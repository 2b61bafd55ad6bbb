// The quarantine store contract, one suite run against both backends: SQLite (files + database
// under a temp dir) and PostgreSQL (a real PostgreSQL 15 started by PgTestServer; skipped, with
// the reason, only when its binaries are absent). A behaviour the milter, aupctl or the console
// relies on belongs here, so the two backends cannot drift apart.

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "common/wall_clock.h"
#include "decision/quarantine_id.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/outcome_notice.h"
#include "quarantine/pg_notice_outbox.h"
#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/release.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/support/pg_test_server.h"

namespace aup {
namespace {

using test::sampleMessage;
using test::sampleRequest;

// One store, opened as often as a test needs (each open is another gateway or process).
class StoreUnderTest {
 public:
  virtual ~StoreUnderTest() = default;
  virtual std::unique_ptr<QuarantineStorage> open(const std::string& gateway) = 0;
  virtual std::unique_ptr<NoticeOutbox> outbox(const std::string& gateway) = 0;
};

class SqliteStore : public StoreUnderTest {
 public:
  std::unique_ptr<QuarantineStorage> open(const std::string& gateway) override {
    return std::make_unique<SqliteQuarantineStorage>(StoreOptions{dir_.path() / "q", "", std::chrono::seconds(120), gateway, MigrationMode::AtOpen});
  }
  std::unique_ptr<NoticeOutbox> outbox(const std::string&) override {
    open("setup");  // creates the directory and database
    return std::make_unique<SqliteNoticeOutbox>(dir_.path() / "q" / "quarantine.db", RetryPolicy{3, 60, 600}, 100);
  }

 private:
  test::TempDir dir_;
};

class PostgresStore : public StoreUnderTest {
 public:
  explicit PostgresStore(std::string dsn) : dsn_(std::move(dsn)) {}
  PgOptions connection() const { return {dsn_, "", std::chrono::seconds(5), "aup-test"}; }
  std::unique_ptr<QuarantineStorage> open(const std::string& gateway) override {
    return std::make_unique<PgQuarantineStorage>(PgStoreOptions{connection(), 4, gateway, MigrationMode::AtOpen});
  }
  std::unique_ptr<NoticeOutbox> outbox(const std::string& gateway) override {
    open("setup");
    return std::make_unique<PgNoticeOutbox>(connection(), gateway, RetryPolicy{3, 60, 600}, 100);
  }

 private:
  std::string dsn_;
};

enum class Backend { Sqlite, Postgresql };

std::string backendName(const testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::Sqlite ? "Sqlite" : "Postgresql";
}

class StoreContract : public testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Sqlite) {
      backend_ = std::make_unique<SqliteStore>();
      return;
    }
    auto& server = test::PgTestServer::shared();
    if (!server.available()) GTEST_SKIP() << server.why();
    backend_ = std::make_unique<PostgresStore>(server.createDatabase());
  }

  std::unique_ptr<QuarantineStorage> open(const std::string& gateway = "gw-a") { return backend_->open(gateway); }

  static std::string put(QuarantineStorage& store, const std::string& marker, const std::string& key = "") {
    HoldRequest request = sampleRequest();
    request.idempotencyKey = key;
    return store.put(request, RawMessage::inMemory(sampleMessage(marker)));
  }

  std::unique_ptr<StoreUnderTest> backend_;
};

TEST_P(StoreContract, KeepsRowReasonsGatewayAndExactBytes) {
  auto store = open("gw-a");
  const std::string id = put(*store, "1");
  ASSERT_TRUE(isValidQuarantineId(id));
  auto record = store->get(id);
  ASSERT_TRUE(record);
  EXPECT_EQ(record->request.mailFrom, "j.smith@school.example");
  EXPECT_EQ(record->request.recipients, (std::vector<std::string>{"parent@example.net", "second@example.net"}));
  EXPECT_EQ(record->request.subject, "Pupil list");
  ASSERT_EQ(record->request.reasons.size(), 1U);
  EXPECT_EQ(record->request.reasons[0].evidence, "ULN 12******90");
  EXPECT_EQ(record->state, QuarantineState::Held);
  EXPECT_EQ(record->gateway, "gw-a");
  EXPECT_EQ(record->size, sampleMessage("1").size());
  EXPECT_EQ(store->readMessage(id), sampleMessage("1"));
}

TEST_P(StoreContract, KeepsBinaryBytesExactly) {
  auto store = open();
  std::string bytes = sampleMessage("b");
  bytes += std::string("\0\xff\xfe\r\n", 5);
  const std::string id = store->put(sampleRequest(), RawMessage::inMemory(bytes));
  EXPECT_EQ(store->readMessage(id), bytes);
}

TEST_P(StoreContract, AnotherGatewaySeesWhatOneHeld) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  auto seen = b->get(id);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->gateway, "gw-a");
  EXPECT_EQ(b->readMessage(id), sampleMessage("1"));
}

TEST_P(StoreContract, SameIdempotencyKeyKeepsOneItem) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string first = put(*a, "1", "key-1");
  EXPECT_EQ(put(*a, "1", "key-1"), first);
  EXPECT_EQ(put(*b, "1", "key-1"), first);  // the client retried at another gateway
  EXPECT_EQ(a->list({}).size(), 1U);
}

TEST_P(StoreContract, NoIdempotencyKeyNeverDeduplicates) {
  auto store = open();
  EXPECT_NE(put(*store, "1"), put(*store, "1"));
  EXPECT_EQ(store->list({}).size(), 2U);
}

TEST_P(StoreContract, ConcurrentRetriesOfOneMessageKeepOneItem) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  std::vector<std::string> ids(8);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] { ids[static_cast<std::size_t>(t)] = put(t % 2 ? *a : *b, "1", "same-key"); });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 1U);
  EXPECT_EQ(a->list({}).size(), 1U);
}

TEST_P(StoreContract, ListFiltersAndOrdersNewestFirst) {
  auto store = open();
  HoldRequest other = sampleRequest("head@school.example", "gov@example.org", "anonymous");
  const std::string first = put(*store, "1");
  const std::string second = store->put(other, RawMessage::inMemory(sampleMessage("2")));
  EXPECT_EQ(store->list({}).size(), 2U);
  auto bySender = store->list({"", "HEAD@", "", 0, std::nullopt});
  ASSERT_EQ(bySender.size(), 1U);
  EXPECT_EQ(bySender[0].id, second);
  auto byPolicy = store->list({"dlp-unencrypted", "", "", 0, std::nullopt});
  ASSERT_EQ(byPolicy.size(), 1U);
  EXPECT_EQ(byPolicy[0].id, first);
  EXPECT_EQ(store->list({"", "", "gov@", 0, std::nullopt}).size(), 1U);
  EXPECT_TRUE(store->list({"", "%", "", 0, std::nullopt}).empty());  // a wildcard means itself
  store->setState(first, QuarantineState::Released, "admin", "released to x");
  EXPECT_EQ(store->list({"", "", "", 0, QuarantineState::Held}).size(), 1U);
}

TEST_P(StoreContract, RecordsAdminActions) {
  auto store = open();
  const std::string id = put(*store, "1");
  store->setState(id, QuarantineState::Released, "jbloggs", "released to a@b");
  auto record = store->get(id);
  EXPECT_EQ(record->state, QuarantineState::Released);
  EXPECT_EQ(record->actor, "jbloggs");
  EXPECT_EQ(record->actionDetail, "released to a@b");
  EXPECT_GT(record->actedAt, 0);
}

TEST_P(StoreContract, DeleteRemovesBytesAndKeepsRecord) {
  auto store = open();
  const std::string id = put(*store, "1");
  store->setState(id, QuarantineState::Deleted, "admin", "deleted");
  EXPECT_EQ(store->get(id)->state, QuarantineState::Deleted);
  EXPECT_THROW(store->readMessage(id), std::runtime_error);
}

TEST_P(StoreContract, GuardedTransitionHappensOnceAmongGateways) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  std::atomic<int> won{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      if ((t % 2 ? *a : *b).transitionState(id, QuarantineState::Held, QuarantineState::Releasing, "admin", "x")) ++won;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(a->get(id)->state, QuarantineState::Releasing);
  EXPECT_FALSE(a->transitionState(id, QuarantineState::Held, QuarantineState::Deleted, "admin", "late"));
}

TEST_P(StoreContract, UnknownOrInvalidIdsAreRefused) {
  auto store = open();
  EXPECT_FALSE(store->get(std::string(32, 'a')));
  EXPECT_THROW(store->get("../../etc/passwd"), InvalidQuarantineId);
  EXPECT_THROW(store->readMessage("nope"), InvalidQuarantineId);
  EXPECT_THROW(store->setState(std::string(32, 'b'), QuarantineState::Deleted, "a", ""), std::runtime_error);
}

TEST_P(StoreContract, PurgeOnTwoGatewaysAtOnceRemovesEachOldItemOnce) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  std::set<std::string> held;
  for (int i = 0; i < 20; ++i) held.insert(put(*a, std::to_string(i)));
  const std::int64_t future = nowSeconds() + 60;
  std::vector<std::string> fromA, fromB;
  std::thread ta([&] { fromA = a->purge(future); });
  std::thread tb([&] { fromB = b->purge(future); });
  ta.join();
  tb.join();
  std::multiset<std::string> purged(fromA.begin(), fromA.end());
  purged.insert(fromB.begin(), fromB.end());
  // Each item is reported by at most one gateway (SQLite may report one twice: its delete is
  // idempotent), and every item is gone.
  EXPECT_EQ(std::set<std::string>(purged.begin(), purged.end()), held);
  EXPECT_TRUE(a->list({}).empty());
}

TEST_P(StoreContract, PurgeKeepsNewerItems) {
  auto store = open();
  const std::string id = put(*store, "1");
  EXPECT_TRUE(store->purge(0).empty());
  EXPECT_TRUE(store->get(id));
}

TEST_P(StoreContract, BacklogCountsHeldItems) {
  auto store = open();
  EXPECT_EQ(store->backlog().held, 0);
  const std::string id = put(*store, "1");
  put(*store, "2");
  store->setState(id, QuarantineState::Released, "a", "");
  EXPECT_EQ(store->backlog().held, 1);
  EXPECT_GT(store->backlog().oldestReceived, 0);
}

class CountingSender : public SmtpSender {
 public:
  void send(const SmtpEnvelope&, const std::string&) override { ++sent; }
  std::atomic<int> sent{0};
};

// Holds the first release inside its SMTP session until the other attempt has given up, so the
// two overlap whatever the scheduling.
class OverlappingSender : public SmtpSender {
 public:
  void send(const SmtpEnvelope&, const std::string&) override {
    ++sent;
    for (int i = 0; i < 500 && refused.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::atomic<int> sent{0};
  std::atomic<int> refused{0};
};

TEST_P(StoreContract, ReleaseStartedOnTwoGatewaysHappensOnce) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  OverlappingSender sender;
  std::atomic<int> released{0};
  auto release = [&](QuarantineStorage& store) {
    try {
      releaseMessage(store, sender, id, {{}, "admin", std::string(64, 'k'), 1000, "test", ""});
      ++released;
    } catch (const std::exception&) {
      ++sender.refused;
    }
  };
  std::thread ta([&] { release(*a); });
  std::thread tb([&] { release(*b); });
  ta.join();
  tb.join();
  EXPECT_EQ(released.load(), 1);
  EXPECT_EQ(sender.sent.load(), 1);
  EXPECT_EQ(b->get(id)->state, QuarantineState::Released);
}

TEST_P(StoreContract, OneNoticePerDedupeKey) {
  auto outbox = backend_->outbox("gw-a");
  EXPECT_EQ(outbox->enqueue("a@school.example", "pm@school.example", "m", 1000, {"user:a"}, "held:1"),
            EnqueueResult::Queued);
  EXPECT_EQ(outbox->enqueue("a@school.example", "pm@school.example", "m", 1001, {"user:a"}, "held:1"),
            EnqueueResult::Duplicate);
  EXPECT_EQ(outbox->enqueue("a@school.example", "pm@school.example", "m", 1002, {"user:a"}), EnqueueResult::Queued);
  EXPECT_EQ(outbox->counts().pending, 2);
  EXPECT_EQ(outbox->countsSince({"user:a"}, 0).at("user:a"), 2);
}

TEST_P(StoreContract, EachNoticeIsSentByExactlyOneGateway) {
  auto a = backend_->outbox("gw-a");
  auto b = backend_->outbox("gw-b");
  for (int i = 0; i < 30; ++i) a->enqueue("s@school.example", "pm@school.example", "notice", 1000, {}, "k" + std::to_string(i));
  CountingSender sender;
  std::thread ta([&] { a->deliverDue(sender, 2000); });
  std::thread tb([&] { b->deliverDue(sender, 2000); });
  ta.join();
  tb.join();
  EXPECT_EQ(sender.sent.load(), 30);
  EXPECT_EQ(a->counts().sent, 30);
  EXPECT_EQ(a->deliverDue(sender, 2000), 0U);
}

// --- The console's extensions (issue 14), the same on both backends ---

TEST_P(StoreContract, EventTrailIsKeptInOrderAndSeenByAnotherGateway) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  a->appendEvent({0, id, 100, "alice", "console 192.0.2.5", "note", "", "first", ""});
  b->appendEvent({0, id, 200, "bob", "cli", "release", "parent asked", "released to p@example.net", "250 2.0.0 Ok"});
  auto trail = a->events(id);
  ASSERT_EQ(trail.size(), 2U);
  EXPECT_EQ(trail[0].actor, "alice");
  EXPECT_EQ(trail[1].mtaReply, "250 2.0.0 Ok");
  EXPECT_LT(trail[0].seq, trail[1].seq);
  EXPECT_THROW(a->events("0123456789abcdef0123456789abcdef"), std::runtime_error);
  EXPECT_THROW(a->events("../etc/passwd"), InvalidQuarantineId);
}

TEST_P(StoreContract, NotesAreBoundedAndKept) {
  auto store = open();
  const std::string id = put(*store, "1");
  store->addNote(id, "dsl", "spoke to the sender");
  EXPECT_THROW(store->addNote(id, "dsl", ""), std::invalid_argument);
  EXPECT_THROW(store->addNote(id, "dsl", std::string(kMaxNoteBytes + 1, 'x')), std::invalid_argument);
  auto notes = store->notes(id);
  ASSERT_EQ(notes.size(), 1U);
  EXPECT_EQ(notes[0].author, "dsl");
  EXPECT_EQ(notes[0].text, "spoke to the sender");
}

TEST_P(StoreContract, ReleaseRequestIsDecidedOnceAmongGateways) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  ReleaseRequest request;
  request.messageId = id;
  request.requestedBy = "helpdesk";
  request.reason = "parent is expecting it";
  request.recipients = {"parent@example.net"};
  const std::int64_t rid = a->createReleaseRequest(request);
  ASSERT_EQ(b->releaseRequests(ReleaseRequestState::Requested, "").size(), 1U);
  std::atomic<int> wins{0};
  std::thread ta([&] { wins += a->decideReleaseRequest(rid, ReleaseRequestState::Approved, "dsl", "") ? 1 : 0; });
  std::thread tb([&] { wins += b->decideReleaseRequest(rid, ReleaseRequestState::Denied, "admin", "") ? 1 : 0; });
  ta.join();
  tb.join();
  EXPECT_EQ(wins.load(), 1);
  auto decided = a->releaseRequest(rid);
  ASSERT_TRUE(decided);
  EXPECT_NE(decided->state, ReleaseRequestState::Requested);
  EXPECT_EQ(decided->recipients, request.recipients);
  EXPECT_TRUE(a->releaseRequests(ReleaseRequestState::Requested, id).empty());
  EXPECT_FALSE(a->releaseRequest(rid + 1000));
  EXPECT_THROW(a->decideReleaseRequest(rid, ReleaseRequestState::Requested, "x", ""), std::invalid_argument);
}

TEST_P(StoreContract, ARequestByOneRequesterIsRecordedOnceEvenWhenSubmittedTwiceAtOnce) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string id = put(*a, "1");
  ReleaseRequest request;
  request.messageId = id;
  request.requestedBy = "notice-link:j.smith@school.example";
  request.reason = "the parent needs the form today";
  std::vector<RequestCreation> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = (i % 2 == 0 ? *a : *b).createReleaseRequestOnce(request); });
  }
  for (auto& t : threads) t.join();
  int created = 0;
  for (const auto& r : results) {
    created += r.created ? 1 : 0;
    EXPECT_EQ(r.id, results[0].id);
  }
  EXPECT_EQ(created, 1);
  ASSERT_EQ(a->releaseRequests(std::nullopt, id).size(), 1U);
  EXPECT_EQ(a->releaseRequest(results[0].id)->reason, request.reason);
  // Decided or not, the same requester still gets the one request; another requester gets their own.
  ASSERT_TRUE(b->decideReleaseRequest(results[0].id, ReleaseRequestState::Denied, "dsl", "no"));
  EXPECT_FALSE(a->createReleaseRequestOnce(request).created);
  request.requestedBy = "helpdesk1";
  EXPECT_TRUE(a->createReleaseRequestOnce(request).created);
  request.messageId = "0123456789abcdef0123456789abcdef";
  EXPECT_THROW(a->createReleaseRequestOnce(request), std::runtime_error);
  request.messageId = "../x";
  EXPECT_THROW(a->createReleaseRequestOnce(request), InvalidQuarantineId);
}

TEST_P(StoreContract, ADirectReleaseOrDeleteClosesTheWaitingRequestsWithTheStateChange) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  const std::string deleted = put(*a, "1"), released = put(*a, "2");
  auto request = [&](const std::string& id, const std::string& by) {
    ReleaseRequest r;
    r.messageId = id;
    r.requestedBy = by;
    r.reason = "needed";
    return a->createReleaseRequest(r);
  };
  const std::int64_t waiting = request(deleted, "notice-link:j.smith@school.example");
  const std::int64_t deniedEarlier = request(deleted, "helpdesk1");
  ASSERT_TRUE(a->decideReleaseRequest(deniedEarlier, ReleaseRequestState::Denied, "dsl", "no"));
  const std::int64_t second = request(deleted, "helpdesk2");

  // Deleted on the other gateway: both waiting requests close with it, the decided one is left alone.
  auto closed = deleteMessage(*b, deleted, "console:admin1", "console 192.0.2.5", "spam");
  ASSERT_EQ(closed.size(), 2U);
  EXPECT_EQ(closed[0].id, waiting);
  EXPECT_EQ(closed[1].id, second);
  for (const auto& r : closed) {
    EXPECT_EQ(r.state, ReleaseRequestState::Superseded);
    EXPECT_EQ(r.decidedBy, "console:admin1");
    EXPECT_EQ(r.decisionNote, "deleted");
    EXPECT_GT(r.decidedAt, 0);
  }
  EXPECT_EQ(a->get(deleted)->state, QuarantineState::Deleted);
  EXPECT_EQ(a->releaseRequest(waiting)->state, ReleaseRequestState::Superseded);
  EXPECT_EQ(a->releaseRequest(deniedEarlier)->state, ReleaseRequestState::Denied);
  EXPECT_TRUE(a->releaseRequests(ReleaseRequestState::Requested, "").empty());
  EXPECT_EQ(a->releaseRequests(ReleaseRequestState::Superseded, deleted).size(), 2U);
  // Closed means closed: nobody decides it afterwards.
  EXPECT_FALSE(a->decideReleaseRequest(waiting, ReleaseRequestState::Approved, "dsl", ""));
  EXPECT_THROW(a->decideReleaseRequest(waiting, ReleaseRequestState::Superseded, "dsl", ""), std::invalid_argument);
  std::vector<std::pair<std::string, std::string>> trail;
  for (const auto& e : a->events(deleted)) trail.emplace_back(e.action, e.detail);
  EXPECT_EQ(trail, (std::vector<std::pair<std::string, std::string>>{
                       {"delete", "deleted"},
                       {"request-superseded", "request " + std::to_string(waiting) +
                                                  " by notice-link:j.smith@school.example closed: deleted"},
                       {"request-superseded", "request " + std::to_string(second) + " by helpdesk2 closed: deleted"}}));
  EXPECT_EQ(a->events(deleted).back().actor, "console:admin1");
  EXPECT_EQ(a->events(deleted).back().origin, "console 192.0.2.5");

  // A release closes them the same way, once it has happened.
  const std::int64_t forRelease = request(released, "helpdesk1");
  CountingSender sender;
  ReleaseOutcome outcome = releaseMessage(*a, sender, released, {{}, "jbloggs", std::string(64, 'k'), 1000, "cli", ""});
  ASSERT_EQ(outcome.closedRequests.size(), 1U);
  EXPECT_EQ(outcome.closedRequests[0].id, forRelease);
  EXPECT_EQ(b->releaseRequest(forRelease)->decisionNote, "released to parent@example.net, second@example.net");
  EXPECT_EQ(b->events(released).back().action, "request-superseded");
  // Nothing is left to close: a second action closes nothing.
  EXPECT_TRUE(deleteMessage(*a, released, "jbloggs", "cli", "").empty());
}

TEST_P(StoreContract, ADecisionAndADirectDeleteAtOnceSettleARequestExactlyOneWay) {
  auto a = open("gw-a");
  auto b = open("gw-b");
  for (int round = 0; round < 6; ++round) {
    const std::string id = put(*a, std::to_string(round));
    ReleaseRequest r;
    r.messageId = id;
    r.requestedBy = "helpdesk1";
    const std::int64_t rid = a->createReleaseRequest(r);
    std::atomic<bool> decided{false};
    std::vector<ReleaseRequest> closed;
    std::thread deny([&] { decided = a->decideReleaseRequest(rid, ReleaseRequestState::Denied, "dsl", "no"); });
    std::thread remove([&] { closed = deleteMessage(*b, id, "admin", "cli", ""); });
    deny.join();
    remove.join();
    // Either the decision came first (and the delete found nothing waiting) or the delete did.
    EXPECT_NE(decided.load(), closed.size() == 1U) << "round " << round;
    EXPECT_EQ(a->releaseRequest(rid)->state, decided ? ReleaseRequestState::Denied : ReleaseRequestState::Superseded);
  }
}

// Records what it sent, for the outcome notice.
class RecordingSender : public SmtpSender {
 public:
  void send(const SmtpEnvelope& envelope, const std::string& message) override {
    std::lock_guard lock(mutex);
    sent.emplace_back(envelope, message);
  }
  std::mutex mutex;
  std::vector<std::pair<SmtpEnvelope, std::string>> sent;
};

TEST_P(StoreContract, ARequestsOutcomeNoticeIsQueuedDurablyAndSentOnceByOneGateway) {
  auto outboxA = backend_->outbox("gw-a");
  auto outboxB = backend_->outbox("gw-b");
  NoticeSettings settings;
  settings.from = "postmaster@school.example";
  settings.contact = "it@school.example";
  settings.templateDir = std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates";
  int wakes = 0;
  OutcomeNotices outcomes(settings, "Example School", std::string(64, 'k'), *outboxA, [&] { ++wakes; });
  OutcomeFacts denied{"j.smith@school.example", 41, RequestOutcome::Denied, "00112233445566778899aabbccddeeff", "Pupil list 1000000043",
                      {"parent@example.net"}, "dsl1", "send it through the secure portal instead", 1700000000};
  EXPECT_EQ(outcomes.enqueue(denied), OutcomeNoticeResult::Queued);
  // Decided again (a retried request, a second console): still one notice.
  EXPECT_EQ(outcomes.enqueue(denied), OutcomeNoticeResult::AlreadyQueued);
  OutcomeNotices onB(settings, "Example School", std::string(64, 'k'), *outboxB);
  EXPECT_EQ(onB.enqueue(denied), OutcomeNoticeResult::AlreadyQueued);
  EXPECT_EQ(wakes, 1);
  EXPECT_EQ(outboxB->counts().pending, 1);  // durable: another process sees it

  RecordingSender sender;
  std::thread ta([&] { outboxA->deliverDue(sender, 1700000100); });
  std::thread tb([&] { outboxB->deliverDue(sender, 1700000100); });
  ta.join();
  tb.join();
  ASSERT_EQ(sender.sent.size(), 1U);
  const auto& [envelope, sentBytes] = sender.sent[0];
  std::string message = sentBytes;  // quoted-printable soft line breaks undone, to search the text
  for (std::size_t at; (at = message.find("=\r\n")) != std::string::npos;) message.erase(at, 3);
  EXPECT_EQ(envelope.recipients, std::vector<std::string>{"j.smith@school.example"});
  EXPECT_EQ(message.rfind("X-AUP-Notice: v2;", 0), 0U) << message.substr(0, 200);
  EXPECT_NE(message.find("Subject: Your request to release \"Pupil list 10******43\" was denied"), std::string::npos);
  EXPECT_NE(message.find("Your request was denied: the message stays held"), std::string::npos);
  EXPECT_NE(message.find("send it through the secure portal instead"), std::string::npos);
  EXPECT_NE(message.find("Pupil list 10******43"), std::string::npos);  // the subject masked as in notices
  EXPECT_EQ(message.find("1000000043"), std::string::npos);
  EXPECT_EQ(outboxA->counts().sent, 1);
  EXPECT_EQ(outboxA->deliverDue(sender, 1700000200), 0U);

  // Notices off: nothing is queued.
  settings.enabled = false;
  OutcomeNotices off(settings, "Example School", std::string(64, 'k'), *outboxA);
  denied.requestId = 42;
  EXPECT_EQ(off.enqueue(denied), OutcomeNoticeResult::Disabled);
  EXPECT_EQ(outboxA->counts().pending, 0);
}

TEST_P(StoreContract, SearchPagesNewestFirstAndTreatsWildcardsLiterally) {
  auto store = open();
  std::set<std::string> all;
  for (int i = 0; i < 7; ++i) all.insert(put(*store, std::to_string(i)));
  HoldRequest odd = sampleRequest("100%_sure@example.org", "parent@example.net", "chain-letter");
  odd.subject = "Forward this 100%";
  const std::string oddId = store->put(odd, RawMessage::inMemory(sampleMessage("odd")));
  QuarantineSearch query;
  query.limit = 3;
  std::vector<std::string> seen;
  for (int pages = 0; pages < 10; ++pages) {
    QuarantinePage page = store->search(query);
    for (const auto& r : page.records) seen.push_back(r.id);
    if (page.nextCursor.empty()) break;
    query.after = page.nextCursor;
  }
  EXPECT_EQ(seen.size(), 8U);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 8U);

  QuarantineSearch literal;
  literal.sender = "0%_s";
  auto hits = store->search(literal).records;
  ASSERT_EQ(hits.size(), 1U);
  EXPECT_EQ(hits[0].id, oddId);
  literal = {};
  literal.sender = "%";  // means a percent sign, not "anything"
  EXPECT_EQ(store->search(literal).records.size(), 1U);
  QuarantineSearch byPolicy;
  byPolicy.policy = "chain-letter";
  EXPECT_EQ(store->search(byPolicy).records.size(), 1U);
  QuarantineSearch bad;
  bad.limit = 0;
  EXPECT_THROW(store->search(bad), std::invalid_argument);
  bad.limit = 10;
  bad.after = "not-a-cursor";
  EXPECT_THROW(store->search(bad), std::invalid_argument);
}

TEST_P(StoreContract, PurgeTakesTheTrailNotesAndRequestsAlong) {
  auto store = open();
  const std::string id = put(*store, "1");
  store->appendEvent({0, id, 0, "a", "cli", "note", "", "", ""});
  store->addNote(id, "a", "n");
  ReleaseRequest request;
  request.messageId = id;
  request.requestedBy = "h";
  store->createReleaseRequest(request);
  const std::int64_t future = nowSeconds() + 60;
  ASSERT_EQ(store->purge(future).size(), 1U);
  EXPECT_TRUE(store->releaseRequests(std::nullopt, "").empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

}  // namespace
}  // namespace aup
