#include "tools/aupctl/status_report.h"

#include <gtest/gtest.h>

namespace aup {
namespace {

constexpr const char* kMetrics = R"(# HELP aup_milter_config_info the configuration in use
# TYPE aup_milter_config_info gauge
aup_milter_config_info{config="/etc/aup-milter/aup-milter.toml",fingerprint="3f2a9c0d41b7e655"} 1
aup_milter_config_last_reload_timestamp_seconds{result="ok"} 1764655800
aup_milter_config_last_reload_timestamp_seconds{result="failed"} 0
aup_milter_clamav_signatures{engine="embedded:/var/lib/clamav"} 3627481
aup_milter_clamav_database_version{engine="embedded:/var/lib/clamav"} 27473
aup_milter_clamav_database_timestamp_seconds{engine="embedded:/var/lib/clamav"} 1764648720
aup_milter_open_sessions 3
aup_milter_findings_total{policy="chain-letter",rule="say \"hi\"\n"} 2
)";

StatusInputs upAndRunning() {
  StatusInputs in;
  in.listen = "unix:/var/spool/postfix/aup-milter/milter.sock";
  in.milterAnswers = true;
  in.pid = 812;
  in.configFile = "/etc/aup-milter/aup-milter.toml";
  in.metricsListen = "127.0.0.1:9899";
  in.metrics = parseMetricsText(kMetrics);
  in.held = 4;
  in.oldestHeld = 1764597720;
  in.noticesPending = 0;
  in.noticesFailed = 1;
  in.now = 1764655800 + 600;
  return in;
}

TEST(StatusReport, ParsesTheTextFormatWithEscapedLabels) {
  auto samples = parseMetricsText(kMetrics);
  ASSERT_EQ(samples.size(), 8u);
  EXPECT_EQ(samples[0].labels.at("fingerprint"), "3f2a9c0d41b7e655");
  EXPECT_EQ(samples[7].labels.at("rule"), "say \"hi\"\n");
  EXPECT_EQ(samples[7].value, 2);
  EXPECT_THROW(parseMetricsText("aup_milter_x{a=\"b\" 1\n"), std::runtime_error);
  EXPECT_THROW(parseMetricsText("aup_milter_x one\n"), std::runtime_error);
}

TEST(StatusReport, OneScreenForAHealthyMilter) {
  auto r = buildStatusReport(upAndRunning());
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.text,
            "milter:      up (unix:/var/spool/postfix/aup-milter/milter.sock, pid 812)\n"
            "config:      /etc/aup-milter/aup-milter.toml (fingerprint 3f2a9c0d41b7e655)\n"
            "last reload: ok at 2025-12-02 06:10 UTC\n"
            "clamav:      3627481 signatures, daily 27473, built 2025-12-02 04:12 UTC (2 h old)\n"
            "sessions:    3 open\n"
            "quarantine:  4 held, oldest received 2025-12-01 14:02 UTC (16 h ago)\n"
            "notices:     0 pending, 1 failed\n");
}

TEST(StatusReport, ADownMilterSaysWhatPostfixDoesMeanwhileAndFails) {
  auto in = upAndRunning();
  in.milterAnswers = false;
  in.milterProblem = "Connection refused";
  in.metrics.reset();
  in.metricsProblem = "Couldn't connect to server";
  auto r = buildStatusReport(in);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.text.find("milter:      DOWN: unix:/var/spool/postfix/aup-milter/milter.sock: Connection refused"),
            std::string::npos) << r.text;
  EXPECT_NE(r.text.find("last reload: unknown (no answer from 127.0.0.1:9899: Couldn't connect to server)"),
            std::string::npos) << r.text;
  // The store is read directly, so the backlog is known while the milter is down.
  EXPECT_NE(r.text.find("quarantine:  4 held"), std::string::npos) << r.text;
}

TEST(StatusReport, AnAdminOutsidePostfixsGroupSeesItUpThroughTheMetrics) {
  auto in = upAndRunning();
  in.milterAnswers = false;
  in.socketForbidden = true;
  in.milterProblem = "Permission denied";
  auto r = buildStatusReport(in);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.text.find("milter:      up (its metrics answer;"), std::string::npos) << r.text;
  in.metrics.reset();
  r = buildStatusReport(in);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.text.find("milter:      unknown: unix:/var/spool/postfix/aup-milter/milter.sock: Permission denied (run with sudo"),
            std::string::npos) << r.text;
}

TEST(StatusReport, AFailedReloadIsAProblemAndSaysWhatStillRuns) {
  auto in = upAndRunning();
  in.metrics = parseMetricsText(
      "aup_milter_config_last_reload_timestamp_seconds{result=\"ok\"} 1764655800\n"
      "aup_milter_config_last_reload_timestamp_seconds{result=\"failed\"} 1764656000\n");
  auto r = buildStatusReport(in);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.text.find("last reload: FAILED at 2025-12-02 06:13 UTC, still running the configuration loaded at "
                        "2025-12-02 06:10 UTC"),
            std::string::npos) << r.text;
  EXPECT_NE(r.text.find("clamav:      not in use"), std::string::npos) << r.text;
}

TEST(StatusReport, MetricsOffAndAnUnreadableStoreAreExplained) {
  auto in = upAndRunning();
  in.metrics.reset();
  in.metricsListen.clear();
  in.held.reset();
  in.noticesPending.reset();
  in.storeProblem = "cannot read the store: permission denied";
  auto r = buildStatusReport(in);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.text.find("config:      /etc/aup-milter/aup-milter.toml\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("[metrics] listen is off"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("quarantine:  unknown (cannot read the store: permission denied)"), std::string::npos) << r.text;
}

}  // namespace
}  // namespace aup
