// Notices: who gets one, the outbox's retry/backoff and rate limit, delivery to an SMTP sink.

#include <gtest/gtest.h>

#include "quarantine/notice_service.h"
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

  static Envelope staffEnvelope() {
    Envelope e;
    e.mailFrom = "j.smith@school.example";
    e.recipients = {"parent@example.net"};
    e.queueId = "ABC123";
    return e;
  }

  static Verdict verdictFor(Action action, Direction direction) {
    Verdict v;
    v.action = action;
    v.direction = direction;
    Finding f;
    f.policy = "dlp-unencrypted";
    f.rule = "uln";
    f.description = "Learner numbers sent without encryption";
    f.evidence = "ULN 12******90";
    f.location = "part 2 (pupils.csv)";
    f.advice = "send learner data through the secure route";
    v.reasons.push_back({f, action});
    return v;
  }
};

TEST_F(NoticeFixture, HeldMailFromStaffQueuesANoticeThatReachesTheSender) {
  NoticeService service(settings, quarantine, "Example School");
  EXPECT_EQ(service.enqueue(staffEnvelope(), "Pupil list", verdictFor(Action::Quarantine, Direction::Outbound),
                            "0123456789abcdef0123456789abcdef"),
            NoticeOutcome::Queued);
  EXPECT_EQ(service.deliverDue(std::numeric_limits<std::int32_t>::max()), 1u);
  auto got = sink.messages();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mailFrom, "postmaster@school.example");
  EXPECT_EQ(got[0].recipients, std::vector<std::string>{"j.smith@school.example"});
  EXPECT_NE(got[0].data.find("ULN 12******90"), std::string::npos);
  EXPECT_NE(got[0].data.find("0123456789abcdef0123456789abcdef"), std::string::npos);
  EXPECT_NE(got[0].data.find("Subject: Your message \"Pupil list\" was held for review"), std::string::npos);
  EXPECT_EQ(service.outbox().counts().sent, 1);
}

TEST_F(NoticeFixture, BackgroundThreadSendsQueuedNotices) {
  NoticeService service(settings, quarantine, "Example School");
  service.start();
  service.enqueue(staffEnvelope(), "s", verdictFor(Action::Reject, Direction::Internal), "");
  EXPECT_TRUE(sink.waitFor(1));
  service.stop();
  EXPECT_NE(sink.messages().at(0).data.find("was rejected"), std::string::npos);
}

TEST_F(NoticeFixture, OnlyInternalSendersOfHeldOrRejectedMailGetNotices) {
  NoticeService service(settings, quarantine, "Example School");
  EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Quarantine, Direction::Inbound), "x"),
            NoticeOutcome::NotInternal);
  EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Accept, Direction::Outbound), ""),
            NoticeOutcome::NotNeeded);
  EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Tempfail, Direction::Outbound), ""),
            NoticeOutcome::NotNeeded);
  Envelope bounce = staffEnvelope();
  bounce.mailFrom = "";
  EXPECT_EQ(service.enqueue(bounce, "s", verdictFor(Action::Reject, Direction::Outbound), ""), NoticeOutcome::NotInternal);
  Envelope loop = staffEnvelope();
  loop.mailFrom = "Postmaster@School.example";
  EXPECT_EQ(service.enqueue(loop, "s", verdictFor(Action::Reject, Direction::Outbound), ""), NoticeOutcome::NotInternal);
  EXPECT_EQ(service.outbox().counts().pending, 0);
}

TEST_F(NoticeFixture, DisabledNoticesQueueNothing) {
  settings.enabled = false;
  NoticeService service(settings, quarantine, "Example School");
  EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Reject, Direction::Outbound), ""),
            NoticeOutcome::Disabled);
}

TEST_F(NoticeFixture, RateLimitsNoticesPerSender) {
  NoticeService service(settings, quarantine, "Example School");
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Reject, Direction::Outbound), ""),
              NoticeOutcome::Queued);
  }
  EXPECT_EQ(service.enqueue(staffEnvelope(), "s", verdictFor(Action::Reject, Direction::Outbound), ""),
            NoticeOutcome::RateLimited);
  Envelope other = staffEnvelope();
  other.mailFrom = "k.jones@school.example";
  EXPECT_EQ(service.enqueue(other, "s", verdictFor(Action::Reject, Direction::Outbound), ""), NoticeOutcome::Queued);
}

TEST_F(NoticeFixture, FailedSendIsRetriedAfterBackoffThenDelivered) {
  NoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{5, 60, 600}, 10);
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)});
  ASSERT_EQ(outbox.enqueue("j.smith@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000),
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

TEST_F(NoticeFixture, UnreachableRelayGivesUpAfterMaxAttempts) {
  NoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{2, 60, 600}, 10);
  int closedPort = 0;
  { test::SmtpSink gone; closedPort = gone.port(); }
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", closedPort, std::chrono::seconds(5)});
  outbox.enqueue("j.smith@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000);
  outbox.deliverDue(sender, 1000);
  EXPECT_EQ(outbox.counts().pending, 1);
  outbox.deliverDue(sender, 5000);
  EXPECT_EQ(outbox.counts().pending, 0);
  EXPECT_EQ(outbox.counts().failed, 1);
}

TEST_F(NoticeFixture, PurgeRemovesOldSentNoticesButKeepsPendingOnes) {
  NoticeOutbox outbox(dir.path() / "quarantine.db", RetryPolicy{5, 60, 600}, 10);
  CurlSmtpSender sender(SmtpTarget{"127.0.0.1", sink.port(), std::chrono::seconds(30)});
  outbox.enqueue("a@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000);
  outbox.deliverDue(sender, 1000);
  outbox.enqueue("b@school.example", "postmaster@school.example", "Subject: n\r\n\r\nx\r\n", 1000);
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
