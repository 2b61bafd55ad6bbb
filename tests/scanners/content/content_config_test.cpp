// The content scanner through the whole snapshot: config keys, enabled flags, policy actions.

#include <gtest/gtest.h>

#include <fstream>

#include "adapters/production_services.h"
#include "tests/scanners/content/content_test_support.h"

namespace aup {
namespace {

class ConfigDir {
 public:
  ConfigDir() : path_(std::filesystem::temp_directory_path() / ("aup-content-cfg-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~ConfigDir() { std::filesystem::remove_all(path_); }
  std::filesystem::path write(const std::string& policies) const {
    auto file = path_ / "aup.toml";
    std::ofstream(file) << "[organisation]\nname = \"Example School\"\ninternal_domains = [\"school.example\"]\n"
                           "[policy.virus]\nenabled = false\n[policy.headteacher-copy]\nenabled = false\n"
                        << policies;
    return file;
  }

 private:
  std::filesystem::path path_;
};

Verdict evaluateOutbound(const PolicySnapshot& snapshot, const std::string& fixture) {
  auto view = test::parseText(test::contentFixture(fixture),
                              test::envelopeFrom("t.jones@school.example", {"parent@gmail.example"}, "t.jones"));
  return decide(*snapshot.engine, *view, snapshot.decision, {}).verdict;
}

TEST(ContentConfig, LearnerDataIsQuarantinedByDefaultWithMaskedEvidence) {
  ConfigDir dir;
  auto snapshot = loadSnapshot(dir.write(""));
  auto verdict = evaluateOutbound(*snapshot, "dlp-uln-plain.eml");
  EXPECT_EQ(verdict.action, Action::Quarantine);
  ASSERT_EQ(verdict.reasons.size(), 1u);
  EXPECT_EQ(verdict.reasons[0].finding.policy, "dlp-unencrypted");
  EXPECT_EQ(verdict.reply.text().find("1000000043"), std::string::npos) << verdict.reply.text();
  EXPECT_NE(verdict.reply.text().find("10******43"), std::string::npos) << verdict.reply.text();
}

TEST(ContentConfig, ChainLetterIsRejectedOutbound) {
  ConfigDir dir;
  auto snapshot = loadSnapshot(dir.write(""));
  auto verdict = evaluateOutbound(*snapshot, "chain-letter-classic.eml");
  EXPECT_EQ(verdict.action, Action::Reject);
  EXPECT_NE(verdict.reply.text().find("break the chain"), std::string::npos) << verdict.reply.text();
}

TEST(ContentConfig, DisabledPolicyIsNotRun) {
  ConfigDir dir;
  auto snapshot = loadSnapshot(dir.write("[policy.dlp-unencrypted]\nenabled = false\nproximity = 100\n"));
  EXPECT_EQ(evaluateOutbound(*snapshot, "dlp-uln-plain.eml").action, Action::Accept);
  EXPECT_EQ(evaluateOutbound(*snapshot, "chain-letter-classic.eml").action, Action::Reject);
}

TEST(ContentConfig, ThresholdAndActionsAreConfigurable) {
  ConfigDir dir;
  // model_threshold = 1: rules only, so the rule thresholds alone decide.
  auto snapshot = loadSnapshot(dir.write("[policy.chain-letter]\naction = \"quarantine\"\nthreshold = 20\nreview_threshold = 15\nmodel_threshold = 1\n"));
  EXPECT_EQ(evaluateOutbound(*snapshot, "chain-letter-classic.eml").action, Action::Accept) << "score 11 < 15";
}

TEST(ContentConfig, TheShippedTextModelHoldsForReviewWhatTheRulesLetThrough) {
  ConfigDir dir;
  auto snapshot = loadSnapshot(dir.write("[policy.chain-letter]\nthreshold = 20\nreview_threshold = 15\n"));
  auto verdict = evaluateOutbound(*snapshot, "chain-letter-classic.eml");
  EXPECT_EQ(verdict.action, Action::Quarantine) << "the model alone never bounces: a person reviews";
  ASSERT_EQ(verdict.reasons.size(), 1u);
  EXPECT_EQ(verdict.reasons[0].finding.rule, "chain-letter-model");
  EXPECT_NE(verdict.reasons[0].finding.evidence.find("text model"), std::string::npos) << verdict.reasons[0].finding.evidence;
}

TEST(ContentConfig, MistypedKeyIsReportedWithItsLine) {
  ConfigDir dir;
  try {
    loadSnapshot(dir.write("[policy.dlp-unencrypted]\nproximty = 100\n"));
    FAIL() << "a typo must be reported";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("proximty"), std::string::npos) << e.what();
  }
}

TEST(ContentConfig, PdfMemoryLimitIsAcceptedWithinItsBounds) {
  ConfigDir dir;
  EXPECT_NO_THROW(loadSnapshot(dir.write("[policy.dlp-unencrypted]\npdf_memory_limit = \"256M\"\n")));
  EXPECT_THROW(loadSnapshot(dir.write("[policy.dlp-unencrypted]\npdf_memory_limit = \"1M\"\n")), ConfigError);
}

TEST(ContentConfig, ReviewThresholdAboveThresholdIsAnError) {
  ConfigDir dir;
  EXPECT_THROW(loadSnapshot(dir.write("[policy.chain-letter]\nthreshold = 5\nreview_threshold = 6\n")), ConfigError);
}

}  // namespace
}  // namespace aup
