// Release: the original bytes are re-injected over SMTP to the configured listener (an in-process
// sink here), exactly, and only then is the row marked released.

#include <gtest/gtest.h>

#include <algorithm>

#include "decision/release_token.h"
#include "quarantine/release.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/quarantine/smtp_sink.h"

namespace aup {
namespace {

const std::string kKey = "release-key-release-key-release-key";

struct ReleaseFixture : ::testing::Test {
  test::TempDir dir;
  test::SmtpSink sink;
  SqliteQuarantineStorage store{StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw", MigrationMode::AtOpen}};
  CurlSmtpSender sender{SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)}};
};

TEST_F(ReleaseFixture, DeliversTheOriginalBytesExactlyToTheOriginalRecipients) {
  const std::string bytes = test::sampleMessage();
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(bytes));
  ReleaseOutcome outcome = releaseMessage(store, sender, id, {{}, "alice", kKey, 1700000000, "", ""});
  ASSERT_EQ(sink.messages().size(), 1u);
  const auto got = sink.messages().at(0);
  ASSERT_TRUE(got.data.starts_with("X-AUP-Released: "));
  EXPECT_EQ(got.data.substr(got.data.find("\r\n") + 2), bytes);  // the stored bytes, byte for byte, after the token
  EXPECT_EQ(got.mailFrom, "j.smith@school.example");
  EXPECT_EQ(got.recipients, (std::vector<std::string>{"parent@example.net", "second@example.net"}));
  EXPECT_EQ(outcome.recipients, got.recipients);
  auto record = store.get(id);
  EXPECT_EQ(record->state, QuarantineState::Released);
  EXPECT_EQ(record->actor, "alice");
  EXPECT_NE(record->actionDetail.find("parent@example.net"), std::string::npos);
}

TEST_F(ReleaseFixture, PrependsATokenBoundToTheChosenRecipientsAndKeepsTheBytes) {
  const std::string bytes = test::sampleMessage();
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(bytes));
  releaseMessage(store, sender, id, {{"it@school.example"}, "alice", kKey, 1700000000, "", ""});
  ASSERT_EQ(sink.messages().size(), 1u);
  const auto got = sink.messages().at(0);
  EXPECT_EQ(got.recipients, std::vector<std::string>{"it@school.example"});
  ASSERT_TRUE(got.data.starts_with("X-AUP-Released: v2; id=" + id));
  EXPECT_EQ(got.data.substr(got.data.find("\r\n") + 2), bytes);
  auto headers = headerFieldsOf(got.data);
  const ReleaseGrant released{true};
  EXPECT_EQ(verifyToken(TokenKind::Release, headerValueOf(got.data, kReleasedHeader), {got.recipients, headers, got.data},
                        kKey, 1700000000, 86400, released),
            ReleaseTokenCheck::Valid);
  EXPECT_EQ(verifyToken(TokenKind::Release, headerValueOf(got.data, kReleasedHeader),
                        {{"someone.else@example.org"}, headers, got.data}, kKey, 1700000000, 86400, released),
            ReleaseTokenCheck::RecipientMismatch);
}

TEST_F(ReleaseFixture, ReleaseToTheOriginalsAppliesTheHeldChanges) {
  HoldRequest request = test::sampleRequest();
  request.onRelease.addRecipients = {"head@school.example"};
  request.onRelease.changeHeaders = {{"Cc", 1, "head@school.example"}};
  request.onRelease.addHeaders = {{"X-Note", "copied"}};
  std::string id = store.put(request, RawMessage::inMemory(test::sampleMessage()));
  auto outcome = releaseMessage(store, sender, id, {{}, "alice", kKey, 1700000000, "", ""});
  EXPECT_NE(std::find(outcome.recipients.begin(), outcome.recipients.end(), "head@school.example"), outcome.recipients.end());
  const auto got = sink.messages().at(0);
  EXPECT_EQ(got.recipients, outcome.recipients);
  EXPECT_EQ(headerValueOf(got.data, "Cc"), "head@school.example");
  EXPECT_EQ(headerValueOf(got.data, "X-Note"), "copied");
  EXPECT_EQ(store.get(id)->request.onRelease.addRecipients, std::vector<std::string>{"head@school.example"});
}

TEST_F(ReleaseFixture, WithoutAKeyNothingIsSent) {
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  EXPECT_THROW(releaseMessage(store, sender, id, {{}, "alice", "", 0, "", ""}), std::runtime_error);
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);
}

TEST_F(ReleaseFixture, RefusedBySmtpLeavesTheMessageHeld) {
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  sink.refuseNext(1);
  EXPECT_THROW(releaseMessage(store, sender, id, {{}, "alice", kKey, 0, "", ""}), SmtpSendError);
  EXPECT_EQ(store.get(id)->state, QuarantineState::Held);
}

TEST_F(ReleaseFixture, RefusesDeletedAndTamperedMessages) {
  std::string deleted = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage("1")));
  store.setState(deleted, QuarantineState::Deleted, "bob", "deleted");
  EXPECT_THROW(releaseMessage(store, sender, deleted, {{}, "alice", kKey, 0, "", ""}), std::runtime_error);
  std::string tampered = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage("2")));
  std::ofstream(store.messagePath(tampered), std::ios::binary | std::ios::app) << "appended\r\n";
  EXPECT_THROW(releaseMessage(store, sender, tampered, {{}, "alice", kKey, 0, "", ""}), std::runtime_error);
  EXPECT_TRUE(sink.messages().empty());
}

TEST_F(ReleaseFixture, EachReleaseAppendsOneEventWithWhoWhereWhyAndTheServersReply) {
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  ReleaseOptions options{{}, "alice", kKey, 1700000000, "console 10.0.0.5", "parent confirmed"};
  ReleaseOutcome outcome = releaseMessage(store, sender, id, options);
  EXPECT_EQ(outcome.mtaReply, "250 2.0.0 queued");
  auto trail = store.events(id);
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].action, "release");
  EXPECT_EQ(trail[0].actor, "alice");
  EXPECT_EQ(trail[0].origin, "console 10.0.0.5");
  EXPECT_EQ(trail[0].reason, "parent confirmed");
  EXPECT_NE(trail[0].detail.find("parent@example.net"), std::string::npos);
  EXPECT_EQ(trail[0].mtaReply, "250 2.0.0 queued");
}

TEST_F(ReleaseFixture, ARefusedReleaseIsInTheTrailWithTheRefusal) {
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  sink.refuseNext(1);
  EXPECT_THROW(releaseMessage(store, sender, id, {{}, "alice", kKey, 0, "aupctl on gw", ""}), SmtpSendError);
  auto trail = store.events(id);
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].action, "release-failed");
  EXPECT_EQ(trail[0].mtaReply.substr(0, 3), "451");
}

TEST_F(ReleaseFixture, DeleteMarksTheRowRemovesTheFileAndRecordsTheEvent) {
  std::string id = store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
  deleteMessage(store, id, "bob", "aupctl on gw", "spam");
  EXPECT_EQ(store.get(id)->state, QuarantineState::Deleted);
  EXPECT_FALSE(std::filesystem::exists(store.messagePath(id)));
  auto trail = store.events(id);
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].action, "delete");
  EXPECT_EQ(trail[0].reason, "spam");
  EXPECT_THROW(deleteMessage(store, id, "bob", "aupctl on gw", ""), std::runtime_error);
}

}  // namespace
}  // namespace aup
