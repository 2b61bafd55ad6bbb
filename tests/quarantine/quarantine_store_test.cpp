// SqliteQuarantineStorage: durable write/read, crash recovery, concurrency, id validation, purge.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "quarantine/quarantine_service.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"

namespace aup {
namespace {

using test::TempDir;

StoreOptions optionsFor(const TempDir& dir) {
  StoreOptions o;
  o.dir = dir.path() / "q";
  return o;
}

TEST(QuarantineStore, StoresExactBytesAndEveryMetadataField) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  const std::string bytes = test::sampleMessage();
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(bytes));
  ASSERT_TRUE(isValidQuarantineId(id));
  EXPECT_EQ(store.readMessage(id), bytes);
  auto record = store.get(id);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->request.mailFrom, "j.smith@school.example");
  EXPECT_EQ(record->request.recipients, (std::vector<std::string>{"parent@example.net", "second@example.net"}));
  EXPECT_EQ(record->request.authUser, "jsmith");
  EXPECT_EQ(record->request.clientAddress, "192.0.2.10");
  EXPECT_EQ(record->request.queueId, "4XyZ1");
  EXPECT_EQ(record->request.direction, "outbound");
  EXPECT_EQ(record->size, bytes.size());
  EXPECT_EQ(record->sha256, sha256Hex(bytes));
  EXPECT_EQ(record->state, QuarantineState::Held);
  ASSERT_EQ(record->request.reasons.size(), 1u);
  EXPECT_EQ(record->request.reasons[0].evidence, "ULN 12******90");
  EXPECT_EQ(record->request.reasons[0].advice, "send learner data through the secure route");
}

TEST(QuarantineStore, StoresSpooledMessagesByteForByte) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  std::string big = test::sampleMessage();
  for (int i = 0; i < 20000; ++i) big += "line " + std::to_string(i) + " \x80\xff\r\n";
  std::filesystem::path spool = dir.path() / "spool.eml";
  std::ofstream(spool, std::ios::binary) << big;
  std::string id = store.put(test::sampleRequest(), RawMessage::inFile(spool, false));
  EXPECT_EQ(store.readMessage(id), big);
  EXPECT_EQ(store.get(id)->sha256, sha256Hex(big));
}

TEST(QuarantineStore, TheAdminGroupCanWorkTheStoreAndOthersCannotRead) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory("Subject: x\r\n\r\nbody\r\n"));
  struct stat st {};
  ASSERT_EQ(::stat(store.messagePath(id).c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  ASSERT_EQ(::stat((dir.path() / "q" / "messages").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 02770u);
  ASSERT_EQ(::stat(store.databasePath().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0660u);
}

TEST(QuarantineStore, UnwritableStoreThrowsWriteErrorAndLeavesNothing) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  // Root ignores permission bits, so make the temp directory impossible instead of unwritable.
  std::filesystem::remove_all(dir.path() / "q" / "tmp");
  std::ofstream(dir.path() / "q" / "tmp") << "not a directory";
  EXPECT_THROW(store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage())), QuarantineWriteError);
  EXPECT_TRUE(store.list({}).empty());
  EXPECT_TRUE(std::filesystem::is_empty(dir.path() / "q" / "messages"));
}

TEST(QuarantineStore, ServiceHoldTurnsStoreFailureIntoQuarantineWriteError) {
  TempDir dir;
  QuarantineSettings settings;
  settings.dir = dir.path() / "q";
  auto service = QuarantineService::open(settings);
  std::filesystem::remove_all(settings.dir / "messages");
  std::ofstream(settings.dir / "messages") << "blocks the rename";
  Envelope envelope;
  envelope.mailFrom = "a@school.example";
  envelope.recipients = {"b@example.net"};
  Plan plan;
  plan.envelope = envelope;
  EXPECT_THROW(service->hold(RawMessage::inMemory(test::sampleMessage()), plan, "s"), QuarantineWriteError);
}

TEST(QuarantineStore, ServiceHoldRecordsVerdictReasonsAndSubject) {
  TempDir dir;
  QuarantineSettings settings;
  settings.dir = dir.path() / "q";
  auto service = QuarantineService::open(settings);
  Envelope envelope;
  envelope.mailFrom = "a@school.example";
  envelope.recipients = {"b@example.net"};
  envelope.authUser = "a";
  Verdict verdict;
  verdict.action = Action::Quarantine;
  verdict.direction = Direction::Outbound;
  Finding finding;
  finding.policy = "chain-letter";
  finding.rule = "forward-to-n";
  finding.evidence = "\"send this to 10 people\"";
  verdict.reasons.push_back({finding, Action::Quarantine});
  Plan plan;
  plan.envelope = envelope;
  plan.verdict = verdict;
  std::string id = service->hold(RawMessage::inMemory(test::sampleMessage("7")), plan, "Pupil list 7 folded");
  auto record = service->storage().get(id);
  ASSERT_TRUE(record);
  EXPECT_EQ(record->request.subject, "Pupil list 7 folded");
  EXPECT_EQ(record->request.direction, "outbound");
  ASSERT_EQ(record->request.reasons.size(), 1u);
  EXPECT_EQ(record->request.reasons[0].policy, "chain-letter");
  EXPECT_EQ(record->request.reasons[0].action, "quarantine");
}

// A crash after the rename and before the commit leaves a message file with no row.
TEST(QuarantineStore, RecoversOrphanFileLeftByCrashBeforeCommit) {
  TempDir dir;
  std::string orphanId = newQuarantineId();
  {
    SqliteQuarantineStorage store(optionsFor(dir));
    std::ofstream(dir.path() / "q" / "messages" / (orphanId + ".eml"), std::ios::binary) << test::sampleMessage("9");
    test::ageFile(dir.path() / "q" / "messages" / (orphanId + ".eml"), 600);
  }
  SqliteQuarantineStorage reopened(optionsFor(dir));
  EXPECT_EQ(reopened.openReport().recoveredOrphans, std::vector<std::string>{orphanId});
  auto record = reopened.get(orphanId);
  ASSERT_TRUE(record);
  EXPECT_EQ(record->state, QuarantineState::Held);
  EXPECT_EQ(record->request.subject, "Pupil list 9 folded");
  EXPECT_EQ(record->request.reasons.at(0).rule, "recovered");
  EXPECT_EQ(reopened.readMessage(orphanId), test::sampleMessage("9"));
}

TEST(QuarantineStore, LeavesYoungOrphanAloneBecauseItMayStillBeInFlight) {
  TempDir dir;
  { SqliteQuarantineStorage store(optionsFor(dir)); }
  std::string id = newQuarantineId();
  std::ofstream(dir.path() / "q" / "messages" / (id + ".eml")) << test::sampleMessage();
  SqliteQuarantineStorage reopened(optionsFor(dir));
  EXPECT_TRUE(reopened.openReport().recoveredOrphans.empty());
  EXPECT_FALSE(reopened.get(id).has_value());
}

TEST(QuarantineStore, RemovesStaleTempFilesOfUnacknowledgedWrites) {
  TempDir dir;
  { SqliteQuarantineStorage store(optionsFor(dir)); }
  auto tmp = dir.path() / "q" / "tmp" / (newQuarantineId() + ".tmp");
  std::ofstream(tmp) << "half a message";
  test::ageFile(tmp, 600);
  SqliteQuarantineStorage reopened(optionsFor(dir));
  EXPECT_EQ(reopened.openReport().staleTempFiles, 1u);
  EXPECT_FALSE(std::filesystem::exists(tmp));
}

TEST(QuarantineStore, FlagsRowWhoseFileIsMissing) {
  TempDir dir;
  std::string id;
  {
    SqliteQuarantineStorage store(optionsFor(dir));
    id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
    std::filesystem::remove(store.messagePath(id));
  }
  SqliteQuarantineStorage reopened(optionsFor(dir));
  EXPECT_EQ(reopened.openReport().missingFiles, std::vector<std::string>{id});
  EXPECT_TRUE(reopened.get(id)->fileMissing);
  EXPECT_THROW(reopened.readMessage(id), std::runtime_error);
}

TEST(QuarantineStore, ConcurrentWritersFromThreadsAndConnectionsLoseNothing) {
  TempDir dir;
  SqliteQuarantineStorage first(optionsFor(dir));
  SqliteQuarantineStorage second(optionsFor(dir));  // a second connection, as another process would have
  constexpr int kThreads = 8, kEach = 15;
  std::vector<std::thread> threads;
  std::mutex idsMutex;
  std::set<std::string> ids;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      SqliteQuarantineStorage& store = t % 2 ? first : second;
      for (int i = 0; i < kEach; ++i) {
        try {
          std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage(std::to_string(t * 100 + i))));
          std::lock_guard lock(idsMutex);
          ids.insert(id);
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_EQ(first.list({}).size(), static_cast<std::size_t>(kThreads * kEach));
  for (const auto& id : ids) EXPECT_EQ(first.get(id)->sha256, sha256Hex(first.readMessage(id)));
}

TEST(QuarantineStore, ConcurrentWritersFromProcessesLoseNothing) {
  TempDir dir;
  { SqliteQuarantineStorage create(optionsFor(dir)); }
  constexpr int kProcesses = 3, kEach = 10;
  std::vector<pid_t> children;
  for (int p = 0; p < kProcesses; ++p) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int status = 0;
      try {
        SqliteQuarantineStorage store(optionsFor(dir));
        for (int i = 0; i < kEach; ++i) store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
      } catch (...) {
        status = 1;
      }
      ::_exit(status);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  SqliteQuarantineStorage store(optionsFor(dir));
  EXPECT_EQ(store.list({}).size(), static_cast<std::size_t>(kProcesses * kEach));
}

class QuarantineIdValidation : public ::testing::TestWithParam<std::string> {};

TEST_P(QuarantineIdValidation, RefusesEverythingThatIsNotExactlyAnId) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  const std::string& bad = GetParam();
  EXPECT_FALSE(isValidQuarantineId(bad));
  EXPECT_THROW(store.get(bad), InvalidQuarantineId);
  EXPECT_THROW(store.readMessage(bad), InvalidQuarantineId);
  EXPECT_THROW(store.setState(bad, QuarantineState::Deleted, "t", ""), InvalidQuarantineId);
}

INSTANTIATE_TEST_SUITE_P(
    PathTricksAndNearMisses, QuarantineIdValidation,
    ::testing::Values("", "../../../etc/passwd", "../quarantine.db", "0123456789abcdef0123456789abcde/",
                      "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcde",
                      "0123456789abcdef0123456789abcdef0", " 0123456789abcdef0123456789abcdef",
                      std::string("0123456789abcdef\0" "123456789abcdef", 32), "0123456789abcdef0123456789abcdeg",
                      "..%2f..%2f0123456789abcdef012345"));

TEST(QuarantineIdValidation, AcceptsGeneratedIdsAndTheyDiffer) {
  std::set<std::string> ids;
  for (int i = 0; i < 100; ++i) {
    std::string id = newQuarantineId();
    EXPECT_TRUE(isValidQuarantineId(id)) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 100u);
}

TEST(QuarantineStore, ListFiltersByPolicySenderRecipientAndState) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  std::string a = store.put(test::sampleRequest("a@school.example", "x@example.net", "dlp-unencrypted"),
                            RawMessage::inMemory(test::sampleMessage()));
  std::string b = store.put(test::sampleRequest("b@school.example", "y@example.org", "chain-letter"),
                            RawMessage::inMemory(test::sampleMessage()));
  store.setState(b, QuarantineState::Released, "admin", "released");
  auto ids = [](const std::vector<QuarantineRecord>& records) {
    std::set<std::string> out;
    for (const auto& r : records) out.insert(r.id);
    return out;
  };
  EXPECT_EQ(ids(store.list({"chain-letter", "", "", 0, std::nullopt})), std::set<std::string>{b});
  EXPECT_EQ(ids(store.list({"", "A@SCHOOL", "", 0, std::nullopt})), std::set<std::string>{a});
  EXPECT_EQ(ids(store.list({"", "", "example.org", 0, std::nullopt})), std::set<std::string>{b});
  EXPECT_EQ(ids(store.list({"", "", "", 0, QuarantineState::Held})), std::set<std::string>{a});
  EXPECT_TRUE(store.list({"", "%", "", 0, std::nullopt}).empty());  // no LIKE wildcards
  EXPECT_TRUE(store.list({"", "", "", 4102444800, std::nullopt}).empty());  // since 2100
}

TEST(QuarantineStore, DeleteRemovesFileAndRecordsWhoActed) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  store.setState(id, QuarantineState::Deleted, "alice (via sudo)", "deleted");
  auto record = store.get(id);
  EXPECT_EQ(record->state, QuarantineState::Deleted);
  EXPECT_EQ(record->actor, "alice (via sudo)");
  EXPECT_GT(record->actedAt, 0);
  EXPECT_FALSE(std::filesystem::exists(store.messagePath(id)));
}

TEST(QuarantineStore, PurgeRemovesOnlyMessagesOlderThanTheCutoff) {
  TempDir dir;
  SqliteQuarantineStorage store(optionsFor(dir));
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  const auto received = store.get(id)->receivedAt;
  EXPECT_TRUE(store.purge(received).empty());  // received at the cutoff: kept
  EXPECT_TRUE(std::filesystem::exists(store.messagePath(id)));
  EXPECT_EQ(store.purge(received + 1), std::vector<std::string>{id});
  EXPECT_FALSE(store.get(id).has_value());
  EXPECT_FALSE(std::filesystem::exists(store.messagePath(id)));
}

}  // namespace
}  // namespace aup
