// The headteacher-copy factory through loadSnapshot: roster file problems with file:line, keys
// read via ConfigReader, the shipped default config and roster working end to end.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "config/config_reader.h"
#include "adapters/production_services.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

// A temp directory with a config and a roster, removed at the end of the test.
class ConfigDir {
 public:
  ConfigDir(const std::string& policyKeys, const std::string& roster, const std::string& rosterKey = "roster = \"roster.csv\"") {
    dir_ = std::filesystem::temp_directory_path() /
           ("aup-ht-config-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "aup-milter.toml") << "[organisation]\ninternal_domains = [\"school.example\"]\n"
                                               "headteacher = \"head@school.example\"\n"
                                            << rosterKey << "\n[clamav]\ndatabase_dir = \"" AUP_SOURCE_DIR "/tests/data/clamav\"\n"
                                            << "[policy.headteacher-copy]\n" << policyKeys << "\n";
    if (!roster.empty()) std::ofstream(dir_ / "roster.csv") << roster;
  }
  ~ConfigDir() { std::filesystem::remove_all(dir_); }
  std::filesystem::path config() const { return dir_ / "aup-milter.toml"; }
  std::filesystem::path roster() const { return dir_ / "roster.csv"; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
};

std::string errorOf(const std::filesystem::path& config) {
  try {
    loadSnapshot(config);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::vector<std::string>& lines, const std::string& needle) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

TEST(HeadteacherCopyConfig, BadRosterRowsAreWarningsWithFileAndLine) {
  ConfigDir d("mode = \"add\"", "email,role,name\np@example.org,parent,A\nq@example.org,uncle,B\nbad,parent,C\n");
  auto snapshot = loadSnapshot(d.config());
  EXPECT_TRUE(contains(snapshot->warnings, d.roster().string() + ":3: roster: row skipped")) << snapshot->warnings.size();
  EXPECT_TRUE(contains(snapshot->warnings, d.roster().string() + ":4: roster: row skipped"));
  ASSERT_FALSE(snapshot->watchedFiles.empty());
  EXPECT_EQ(snapshot->watchedFiles.front(), d.config());
  EXPECT_NE(std::find(snapshot->watchedFiles.begin(), snapshot->watchedFiles.end(), d.roster()),
            snapshot->watchedFiles.end());
}

TEST(HeadteacherCopyConfig, RosterWithoutHeaderIsAnErrorNamingFileAndLine) {
  ConfigDir d("", "p@example.org,parent,A\n");
  std::string err = errorOf(d.config());
  EXPECT_NE(err.find(d.roster().string() + ":1: roster: expected a header row"), std::string::npos) << err;
}

TEST(HeadteacherCopyConfig, MissingRosterFileIsAnError) {
  ConfigDir d("", "");
  std::string err = errorOf(d.config());
  EXPECT_NE(err.find(d.roster().string()), std::string::npos) << err;
  EXPECT_NE(err.find("cannot read the roster file"), std::string::npos) << err;
  // The key and the operating system's reason, not just "cannot read".
  EXPECT_NE(err.find("key 'organisation.roster'"), std::string::npos) << err;
  EXPECT_NE(err.find("No such file or directory"), std::string::npos) << err;
}

TEST(HeadteacherCopyConfig, UnsetRosterIsAWarningNotAnError) {
  ConfigDir d("", "", "");
  auto snapshot = loadSnapshot(d.config());
  EXPECT_TRUE(contains(snapshot->warnings, "roster is not set")) << snapshot->warnings.size();
}

TEST(HeadteacherCopyConfig, BadKeysAreReportedWithKeyNames) {
  ConfigDir d("mode = \"copy\"\ncc_header = \"hidden\"\ndelegates = [\"a b\"]\nfold_subaddress = \"yes\"\nmodes = 1",
              "email,role,name\n");
  std::string err = errorOf(d.config());
  for (const char* key : {"policy.headteacher-copy.mode'", "policy.headteacher-copy.cc_header'",
                          "policy.headteacher-copy.delegates[0]'", "policy.headteacher-copy.fold_subaddress'",
                          "policy.headteacher-copy.modes'"}) {
    EXPECT_NE(err.find(key), std::string::npos) << key << "\n" << err;
  }
}

TEST(HeadteacherCopyConfig, SwitchedOffPolicyKeepsItsRosterKeyValid) {
  ConfigDir d("enabled = false\nmode = \"reject\"", "");  // the roster file is not even read
  EXPECT_EQ(errorOf(d.config()), "");
}

TEST(HeadteacherCopyConfig, RosterNeedsAHeadteacher) {
  ConfigDir d("", "email,role,name\np@example.org,parent,A\n");
  std::string text;
  {
    std::ifstream in(d.config());
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  text.replace(text.find("headteacher = \"head@school.example\"\n"), 36, "");
  std::ofstream(d.config()) << text;
  std::string err = errorOf(d.config());
  EXPECT_NE(err.find("organisation.headteacher"), std::string::npos) << err;
}

TEST(HeadteacherCopyConfig, ShippedDefaultConfigAndRosterCopyTheHead) {
  auto snapshot = loadSnapshot(defaultConfigPath());
  // The shipped roster loads without a skipped row (the demo config's ClamAV fallback warns too).
  for (const auto& w : snapshot->warnings) EXPECT_EQ(w.find("roster"), std::string::npos) << w;
  auto view = test::parseText("From: j.smith@school.example\nTo: parent.one@example.org\nSubject: x\n\nb\n",
                              test::envelopeFrom("j.smith@school.example", {"parent.one@example.org"},
                                                 "j.smith@school.example"));
  Verdict v = snapshot->engine->evaluate(*view);
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_EQ(v.modifications.addRecipients, (std::vector<std::string>{"head@school.example"}));
}

std::string rosterOf(int rows) {
  std::string text = "email,role,name\n";
  for (int i = 0; i < rows; ++i) text += "parent" + std::to_string(i) + "@example.org,parent,P" + std::to_string(i) + "\n";
  return text;
}

TEST(RosterReload, ARosterThatLostMoreThanHalfItsRowsAtOnceIsRefused) {
  ConfigDir full("", rosterOf(100));
  ConfigDir cut("", rosterOf(30));
  ConfigDir smaller("", rosterOf(60));
  auto before = loadSnapshot(full.config());
  EXPECT_EQ(before->rowCounts.at("organisation.roster"), 100u);
  std::string why = refuseShrunkData(*before, *loadSnapshot(cut.config()), 0.5);
  EXPECT_NE(why.find("organisation.roster dropped from 100 to 30 rows"), std::string::npos) << why;
  EXPECT_EQ(refuseShrunkData(*before, *loadSnapshot(smaller.config()), 0.5), "");  // a normal term's churn
  EXPECT_EQ(refuseShrunkData(*before, *loadSnapshot(cut.config()), 1.0), "");      // the check switched off
}

}  // namespace
}  // namespace aup
