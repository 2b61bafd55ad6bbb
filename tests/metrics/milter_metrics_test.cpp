#include "metrics/milter_metrics.h"

#include <gtest/gtest.h>
#include <prometheus/collectable.h>
#include <prometheus/text_serializer.h>

#include <stdexcept>

namespace aup {
namespace {

std::string exposition(const MilterMetrics& metrics) {
  std::vector<prometheus::MetricFamily> families;
  for (const auto& c : metrics.collectables())
    for (auto& f : c->Collect()) families.push_back(std::move(f));
  return prometheus::TextSerializer().Serialize(families);
}

bool has(const std::string& text, const std::string& line) { return text.find(line + "\n") != std::string::npos; }

Plan planWith(Direction direction, Action action, std::vector<std::pair<std::string, std::string>> findings = {},
              std::vector<std::string> errors = {}) {
  Plan plan;
  plan.verdict.direction = direction;
  plan.verdict.action = action;
  for (auto& [policy, rule] : findings) {
    Reason r;
    r.finding.policy = policy;
    r.finding.rule = rule;
    r.action = action;
    plan.verdict.reasons.push_back(r);
  }
  plan.verdict.errors = std::move(errors);
  plan.verdict.timings = {{"virus", 2.0}, {"chain-letter+dlp-unencrypted", 3.0}};
  return plan;
}

TEST(MilterMetrics, EverySeriesExistsAtZeroFromTheStart) {
  MilterMetrics metrics({"virus"});
  auto text = exposition(metrics);
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="reject",direction="outbound"} 0)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_tempfails_total{cause="effect-failed"} 0)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_scanner_duration_seconds_count{scanner="virus"} 0)")) << text;
}

TEST(MilterMetrics, ADecisionCountsByDirectionActionPolicyAndRule) {
  MilterMetrics metrics({"virus", "chain-letter+dlp-unencrypted"});
  metrics.recordDecision(planWith(Direction::Outbound, Action::Reject, {{"chain-letter", "chain-letter"}}),
                         Disposition::Reject);
  metrics.recordDecision(planWith(Direction::Inbound, Action::Accept), Disposition::Accept);
  auto text = exposition(metrics);
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="reject",direction="outbound"} 1)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="accept",direction="inbound"} 1)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="accept",direction="outbound"} 0)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_findings_total{policy="chain-letter",rule="chain-letter"} 1)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_scanner_duration_seconds_count{scanner="virus"} 2)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_scanner_duration_seconds_sum{scanner="virus"} 0.004)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_message_scan_duration_seconds_sum 0.01)")) << text;
}

TEST(MilterMetrics, MailKeptByTheStoreOrTheHoldQueueCountsAsQuarantine) {
  MilterMetrics metrics({});
  metrics.recordDecision(planWith(Direction::Outbound, Action::Quarantine, {{"dlp-unencrypted", "uln"}}),
                         Disposition::Discard);
  metrics.recordDecision(planWith(Direction::Outbound, Action::Quarantine, {{"dlp-unencrypted", "uln"}}),
                         Disposition::MtaHold);
  auto text = exposition(metrics);
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="quarantine",direction="outbound"} 2)")) << text;
}

TEST(MilterMetrics, TempfailsCountByCause) {
  MilterMetrics metrics({});
  // The store refused a hold: the client saw a tempfail although the verdict was quarantine.
  metrics.recordDecision(planWith(Direction::Outbound, Action::Quarantine, {{"dlp-unencrypted", "uln"}}),
                         Disposition::Tempfail);
  metrics.recordDecision(planWith(Direction::Inbound, Action::Tempfail, {}, {"virus: clamd unreachable"}),
                         Disposition::Tempfail);
  metrics.recordDecision(planWith(Direction::Inbound, Action::Tempfail, {{"engine", "message-budget"}}),
                         Disposition::Tempfail);
  metrics.recordDecision(planWith(Direction::Inbound, Action::Tempfail, {{"engine", "unscannable"}}),
                         Disposition::Tempfail);
  metrics.recordInternalFailure();
  auto text = exposition(metrics);
  for (const char* cause : {"effect-failed", "scanner-error", "message-budget", "unscannable", "internal-error"})
    EXPECT_TRUE(has(text, std::string(R"(aup_milter_tempfails_total{cause=")") + cause + R"("} 1)")) << cause << text;
  EXPECT_TRUE(has(text, R"(aup_milter_tempfails_total{cause="policy"} 0)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_messages_total{action="tempfail",direction="outbound"} 1)")) << text;
}

TEST(MilterMetrics, ReloadsAndTheConfigInUse) {
  MilterMetrics metrics({});
  metrics.recordReload(true, 1000);
  metrics.recordReload(false, 2000);
  metrics.recordSnapshot("/etc/aup-milter/aup-milter.toml", "aaaa");
  metrics.recordSnapshot("/etc/aup-milter/aup-milter.toml", "bbbb");
  auto text = exposition(metrics);
  EXPECT_TRUE(has(text, R"(aup_milter_config_reloads_total{result="ok"} 1)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_config_reloads_total{result="failed"} 1)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_config_last_reload_timestamp_seconds{result="failed"} 2000)")) << text;
  EXPECT_TRUE(has(text, R"(aup_milter_config_info{config="/etc/aup-milter/aup-milter.toml",fingerprint="bbbb"} 1)"))
      << text;
  EXPECT_EQ(text.find("fingerprint=\"aaaa\""), std::string::npos) << "the old snapshot's series is gone";
}

TEST(MilterMetrics, ScrapeTimeValuesComeFromTheSourcesAndAFailingSourceIsCounted) {
  MilterMetrics metrics({});
  int calls = 0;
  metrics.setScrapeSources({
      [] { return std::optional<QuarantineBacklog>(QuarantineBacklog{3, 1700000000}); },
      [&]() -> std::optional<NoticeBacklog> {
        if (++calls == 1) throw std::runtime_error("database is locked");
        return NoticeBacklog{2, 1};
      },
      [] { return std::vector<VirusDatabaseStatus>{{"embedded", 27000, 1764000000, 3}}; },
      [] { return std::int64_t{4}; },
  });
  auto first = exposition(metrics);
  EXPECT_TRUE(has(first, "aup_milter_quarantine_held_messages 3")) << first;
  EXPECT_TRUE(has(first, "aup_milter_quarantine_oldest_held_timestamp_seconds 1700000000")) << first;
  EXPECT_EQ(first.find("aup_milter_notice_outbox_pending"), std::string::npos) << first;
  EXPECT_TRUE(has(first, "aup_milter_scrape_source_errors 1")) << first;
  EXPECT_TRUE(has(first, R"(aup_milter_clamav_database_version{engine="embedded"} 27000)")) << first;
  EXPECT_TRUE(has(first, "aup_milter_open_sessions 4")) << first;
  auto second = exposition(metrics);
  EXPECT_TRUE(has(second, "aup_milter_notice_outbox_pending 2")) << second;
  EXPECT_TRUE(has(second, "aup_milter_notice_outbox_failed 1")) << second;
}

}  // namespace
}  // namespace aup
