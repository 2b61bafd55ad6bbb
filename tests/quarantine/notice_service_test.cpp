// Notices: who gets one, the outbox's retry/backoff and rate limit, delivery to an SMTP sink.

#include <gtest/gtest.h>

#include "quarantine/notice_service.h"

#include <ctime>
#include <regex>

#include "decision/release_token.h"
#include "decision/request_link.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/quarantine/smtp_sink.h"

namespace aup {
namespace {

struct NoticeFixture : ::testing::Test {
  test::TempDir dir;
  test::SmtpSink sink;
  QuarantineSettings quarantine;
  NoticeSettings settings;

  NoticeFixture() {
    quarantine.dir = dir.path();
    settings.from = "postmaster@school.example";
    settings.contact = "it@school.example";
    settings.smtpPort = sink.port();
    settings.templateDir = std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates";
    settings.ratePerHour = 3;
    settings.maxAttempts = 3;
    settings.retryBaseSeconds = 60;
    settings.retryMaxSeconds = 600;
  }

  // The plan decide() makes for a held or rejected message from j.smith (decision/decide.cpp
  // chooses who is told; here the service only writes and sends it).
  static Plan planFor(Action action, std::string subject = "Pupil list",
                      std::vector<std::string> keys = {"user:j.smith@school.example"}) {
    Plan plan;
    plan.envelope.mailFrom = "j.smith@school.example";
    plan.envelope.recipients = {"parent@example.net"};
    plan.reference = "ABC123";
    plan.verdict.action = action;
    plan.verdict.direction = Direction::Outbound;
    Finding f;
    f.policy = "dlp-unencrypted";
    f.rule = "uln";
    f.description = "Learner numbers sent without encryption";
    f.evidence = "ULN 12******90";
    f.location = "part 2 (pupils.csv)";
    f.advice = "send learner data through the secure route";
    plan.verdict.reasons.push_back({f, action});
    plan.notice = NoticePlan{"j.smith@school.example", std::move(subject), std::move(keys)};
    return plan;
  }

  static constexpr const char* kKey = "0123456789abcdef0123456789abcdef";
};

TEST_F(NoticeFixture, HeldMailFromStaffQueuesANoticeThatReachesTheSender) {
  NoticeService service(settings, quarantine, "Example School", kKey);
  EXPECT_EQ(service.enqueue(planFor(Action::Quarantine, "Pupil list ULN 12******90"), "0123456789abcdef0123456789abcdef"),
            NoticeOutcome::Queued);
  EXPECT_EQ(service.deliverDue(std::numeric_limits<std::int32_t>::max()), 1u);
  auto got = sink.messages();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mailFrom, "postmaster@school.example");
  EXPECT_EQ(got[0].recipients, std::vector<std::string>{"j.smith@school.example"});
  EXPECT_NE(got[0].data.find("ULN 12******90"), std::string::npos);
  EXPECT_NE(got[0].data.find("0123456789abcdef0123456789abcdef"), std::string::npos);
  EXPECT_NE(got[0].data.find("Subject: Your message \"Pupil list ULN 12******90\" was held for review"), std::string::npos);
  EXPECT_EQ(service.outbox().counts().sent, 1);
}

TEST_F(NoticeFixture, ANoticeCarriesATokenTheMilterWillHonour) {
  NoticeService service(settings, quarantine, "Example School", kKey);
  service.enqueue(planFor(Action::Reject), "");
  service.deliverDue(std::numeric_limits<std::int32_t>::max());
  auto got = sink.messages();
  ASSERT_EQ(got.size(), 1u);
  const std::string& data = got[0].data;
  auto headers = headerFieldsOf(data);
  std::string value;
  for (const auto& h : headers) {
    if (h.name == kNoticeHeader) value = h.value;
  }
  ASSERT_FALSE(value.empty());
  TokenSubject subject{{"j.smith@school.example"}, headers, data};
  EXPECT_EQ(verifyToken(TokenKind::Notice, value, subject, kKey, std::time(nullptr), 86400, std::nullopt),
            ReleaseTokenCheck::Valid);
  TokenSubject elsewhere{{"outsider@example.org"}, headers, data};
  EXPECT_EQ(verifyToken(TokenKind::Notice, value, elsewhere, kKey, std::time(nullptr), 86400, std::nullopt),
            ReleaseTokenCheck::RecipientMismatch);
}

// The sent notice with quoted-printable soft line breaks undone (the link is longer than a line).
std::string unfolded(std::string data) {
  for (std::size_t at; (at = data.find("=\r\n")) != std::string::npos;) data.erase(at, 3);
  return data;
}

std::vector<std::string> requestLinks(const std::string& data) {
  static const std::regex link(R"(https://gw\.school\.example/request/([A-Za-z0-9._-]+))");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(data.begin(), data.end(), link); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

TEST_F(NoticeFixture, AHeldMessagesNoticeCarriesASignedExpiringRequestLinkForItsRecipient) {
  settings.consoleUrl = "https://gw.school.example";
  settings.requestLinkSeconds = 3 * 86400;
  NoticeService service(settings, quarantine, "Example School", kKey);
  const std::string id = "0123456789abcdef0123456789abcdef";
  ASSERT_EQ(service.enqueue(planFor(Action::Quarantine), id), NoticeOutcome::Queued);
  service.deliverDue(std::numeric_limits<std::int32_t>::max());
  ASSERT_EQ(sink.messages().size(), 1u);
  const std::string data = unfolded(sink.messages()[0].data);
  auto links = requestLinks(data);
  ASSERT_EQ(links.size(), 2u) << data;  // the text part and the HTML part's href
  EXPECT_EQ(links[0], links[1]);
  const std::int64_t now = std::time(nullptr);
  auto verdict = verifyRequestLink(links[0], kKey, now);
  EXPECT_EQ(verdict.check, RequestLinkCheck::Valid);
  EXPECT_EQ(verdict.link.quarantineId, id);
  EXPECT_EQ(verdict.link.address, "j.smith@school.example");
  EXPECT_NEAR(static_cast<double>(verdict.link.expiresAt), static_cast<double>(now + 3 * 86400), 60.0);
  EXPECT_EQ(verifyRequestLink(links[0], kKey, now + 3 * 86400 + 60).check, RequestLinkCheck::Expired);
  EXPECT_NE(data.find("request release</a>"), std::string::npos);
  EXPECT_NE(data.find("contact it@school.example"), std::string::npos);  // still says whom to contact
}

TEST_F(NoticeFixture, NoRequestLinkWithoutAConsoleUrlOrForARejectedMessage) {
  NoticeService plain(settings, quarantine, "Example School", kKey);
  plain.enqueue(planFor(Action::Quarantine), "0123456789abcdef0123456789abcdef");
  settings.consoleUrl = "https://gw.school.example";
  NoticeService withUrl(settings, quarantine, "Example School", kKey);
  withUrl.enqueue(planFor(Action::Reject, "rejected one"), "");
  plain.deliverDue(std::numeric_limits<std::int32_t>::max());
  ASSERT_EQ(sink.messages().size(), 2u);
  for (const auto& m : sink.messages()) {
    const std::string data = unfolded(m.data);
    EXPECT_EQ(data.find("/request/"), std::string::npos) << data;
    EXPECT_EQ(data.find("To ask for it to be released"), std::string::npos);
    EXPECT_NE(data.find("contact it@school.example"), std::string::npos);
  }
}

TEST_F(NoticeFixture, BackgroundThreadSendsQueuedNotices) {
  NoticeService service(settings, quarantine, "Example School", kKey);
  service.start();
  service.enqueue(planFor(Action::Reject, "s"), "");
  EXPECT_TRUE(sink.waitFor(1));
  service.stop();
  EXPECT_NE(sink.messages().at(0).data.find("was rejected"), std::string::npos);
}

TEST_F(NoticeFixture, APlanWithoutANoticeQueuesNothing) {
  NoticeService service(settings, quarantine, "Example School", kKey);
  Plan plan = planFor(Action::Reject);
  plan.notice.reset();
  EXPECT_EQ(service.enqueue(plan, ""), NoticeOutcome::NotNeeded);
  EXPECT_EQ(service.outbox().counts().pending, 0);
}

TEST_F(NoticeFixture, DisabledNoticesQueueNothing) {
  settings.enabled = false;
  NoticeService service(settings, quarantine, "Example School", kKey);
  EXPECT_EQ(service.enqueue(planFor(Action::Reject), ""), NoticeOutcome::Disabled);
}

TEST_F(NoticeFixture, RateLimitsNoticesPerLoginAndPerClient) {
  NoticeService service(settings, quarantine, "Example School", kKey);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(service.enqueue(planFor(Action::Reject, "s", {"user:j.smith", "client:192.0.2.1"}), ""), NoticeOutcome::Queued);
  }
  // Same login from another client, and another login from the same client: both at the limit.
  EXPECT_EQ(service.enqueue(planFor(Action::Reject, "s", {"user:j.smith", "client:192.0.2.9"}), ""),
            NoticeOutcome::RateLimited);
  EXPECT_EQ(service.enqueue(planFor(Action::Reject, "s", {"user:k.jones", "client:192.0.2.1"}), ""),
            NoticeOutcome::RateLimited);
  EXPECT_EQ(service.enqueue(planFor(Action::Reject, "s", {"user:k.jones", "client:192.0.2.9"}), ""), NoticeOutcome::Queued);
  EXPECT_EQ(service.countsThisHour({"user:j.smith", "user:k.jones"}, std::time(nullptr)).at("user:j.smith"), 3);
}

TEST_F(NoticeFixture, FailedSendIsRetriedAfterBackoffThenDelivered) {
  SqliteNoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{5, 60, 600}, 10);
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)});
  ASSERT_EQ(outbox.enqueue("j.smith@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000, {}),
            EnqueueResult::Queued);
  sink.refuseNext(2);
  EXPECT_EQ(outbox.deliverDue(sender, 1000), 0u);  // refused: next try at 1060
  EXPECT_EQ(outbox.nextDue(), 1060);
  EXPECT_EQ(outbox.deliverDue(sender, 1059), 0u);  // not due yet: no attempt
  EXPECT_EQ(outbox.deliverDue(sender, 1060), 0u);  // refused again: backoff doubles
  EXPECT_EQ(outbox.nextDue(), 1180);
  EXPECT_EQ(outbox.deliverDue(sender, 1180), 1u);
  EXPECT_EQ(sink.messages().size(), 1u);
  EXPECT_EQ(outbox.counts().sent, 1);
  EXPECT_EQ(outbox.counts().pending, 0);
}

// An outbox whose store goes away for the next `outages` records (a database restarting
// between a send and its record).
class FlakyRecordOutbox : public SqliteNoticeOutbox {
 public:
  using SqliteNoticeOutbox::SqliteNoticeOutbox;
  int outages = 0;

 protected:
  void markSent(std::int64_t id) override {
    if (outages > 0) {
      --outages;
      throw std::runtime_error("the database system is shutting down");
    }
    SqliteNoticeOutbox::markSent(id);
  }
};

TEST_F(NoticeFixture, ASentNoticeTheStoreCouldNotRecordIsRecordedLaterAndNeverSentTwice) {
  FlakyRecordOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{5, 60, 600}, 10);
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)});
  outbox.enqueue("a@school.example", "postmaster@school.example", "Subject: a\r\n\r\nx\r\n", 1000, {}, "held:a");
  outbox.enqueue("b@school.example", "postmaster@school.example", "Subject: b\r\n\r\nx\r\n", 1000, {}, "held:b");
  outbox.outages = 3;  // both records of this pass, and the first retry, fail
  EXPECT_EQ(outbox.deliverDue(sender, 1000), 2u);
  EXPECT_EQ(sink.messages().size(), 2u);
  EXPECT_EQ(outbox.unrecordedOutcomes(), 2u);
  EXPECT_EQ(outbox.counts().pending, 2);  // still claimed: nobody sends them again meanwhile
  EXPECT_THROW(outbox.deliverDue(sender, 1001), std::runtime_error);  // still down: nothing claimed
  EXPECT_EQ(outbox.deliverDue(sender, 2000), 0u);  // back: recorded, and well past the claim, not resent
  EXPECT_EQ(outbox.unrecordedOutcomes(), 0u);
  EXPECT_EQ(outbox.counts().sent, 2);
  EXPECT_EQ(outbox.counts().pending, 0);
  EXPECT_EQ(sink.messages().size(), 2u);
}

TEST_F(NoticeFixture, UnreachableRelayGivesUpAfterMaxAttempts) {
  SqliteNoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{2, 60, 600}, 10);
  int closedPort = 0;
  { test::SmtpSink gone; closedPort = gone.port(); }
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", closedPort, std::chrono::seconds(5)});
  outbox.enqueue("j.smith@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000, {});
  outbox.deliverDue(sender, 1000);
  EXPECT_EQ(outbox.counts().pending, 1);
  outbox.deliverDue(sender, 5000);
  EXPECT_EQ(outbox.counts().pending, 0);
  EXPECT_EQ(outbox.counts().failed, 1);
}

TEST_F(NoticeFixture, PurgeRemovesOldSentNoticesButKeepsPendingOnes) {
  SqliteNoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{5, 60, 600}, 10);
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)});
  outbox.enqueue("a@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000, {});
  outbox.deliverDue(sender, 1000);
  outbox.enqueue("b@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000, {});
  EXPECT_EQ(outbox.purgeBefore(1000), 0);  // created at the cutoff: kept
  EXPECT_EQ(outbox.purgeBefore(1001), 1);
  EXPECT_EQ(outbox.counts().sent, 0);
  EXPECT_EQ(outbox.counts().pending, 1);
}

TEST(RetryDelay, DoublesFromTheBaseUpToTheCap) {
  RetryPolicy retry{10, 60, 600};
  EXPECT_EQ(retryDelaySeconds(retry, 1), 60);
  EXPECT_EQ(retryDelaySeconds(retry, 2), 120);
  EXPECT_EQ(retryDelaySeconds(retry, 4), 480);
  EXPECT_EQ(retryDelaySeconds(retry, 5), 600);
  EXPECT_EQ(retryDelaySeconds(retry, 30), 600);
}

}  // namespace
}  // namespace aup
