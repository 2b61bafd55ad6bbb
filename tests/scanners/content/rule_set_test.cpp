#include "adapters/local_data_files.h"
#include "scanners/content/dlp_policy.h"
#include "scanners/content/rule_set.h"

#include <gtest/gtest.h>

#include <fstream>

#include "adapters/production_services.h"
#include "tests/scanners/content/content_test_support.h"
#include "tests/support/temp_dir.h"

namespace aup {
namespace {

using TempDir = test::TempDir;

Rule regexRule(std::string id, std::string pattern, bool caseless = false) {
  Rule r;
  r.id = std::move(id);
  r.policy = "chain-letter";
  r.pattern = std::move(pattern);
  r.caseless = caseless;
  r.description = "test";
  return r;
}

TEST(RuleSet, ShippedRuleFilesCompileIntoOneDatabase) {
  auto reader = ConfigReader::fromString("", "/tmp/x.toml");
  auto set = RuleSet::load({{"chain-letter", test::shippedRules("chain-letter")},
                            {"dlp-unencrypted", test::shippedRules("dlp-unencrypted")}},
                           reader, LocalDataFiles());
  ASSERT_TRUE(set) << reader.errors().front();
  EXPECT_GT(set->rules().size(), 30u);
  for (const auto& r : set->rules()) {
    EXPECT_FALSE(r.description.empty()) << r.id;
    EXPECT_GT(r.line, 0u) << r.id;
  }
}

TEST(RuleSet, MergesEveryEndOffsetIntoOneCandidatePerStart) {
  RuleSet::CompileError error;
  auto set = RuleSet::compile({regexRule("card", "\\b[2-6](?:[ -]?[0-9]){11,18}\\b")}, error);
  ASSERT_TRUE(set) << error.message;
  auto result = set->scan("pay 4111 1111 1111 1111 now");
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_EQ(result.matches[0].start, 4u);
  EXPECT_EQ(result.matches[0].end(), 23u);
  EXPECT_GT(result.matches[0].ends.size(), 1u) << "shorter ends are kept for validators to fall back on";
}

TEST(RuleSet, LiteralsAreEscapedAndWholeWordIsHonoured) {
  Rule lit = regexRule("lit", "a.b (c)");
  lit.literal = true;
  Rule word = regexRule("word", "sen");
  word.wholeWord = true;
  RuleSet::CompileError error;
  auto set = RuleSet::compile({lit, word}, error);
  ASSERT_TRUE(set) << error.message;
  EXPECT_EQ(set->scan("axb (c) sent").matches.size(), 0u);
  auto hits = set->scan("a.b (c) sen");
  ASSERT_EQ(hits.matches.size(), 2u);
}

TEST(RuleSet, BrokenRegexIsReportedWithFileLineAndHyperscanError) {
  TempDir dir;
  auto file = dir.write("bad.rules",
                        "[[rule]]\nid = \"ok\"\nkind = \"signal\"\nregex = 'fine'\ndescription = \"d\"\n\n"
                        "[[rule]]\nid = \"broken\"\nkind = \"signal\"\nregex = '(a)\\1'\ndescription = \"d\"\n");
  auto reader = ConfigReader::fromString("", dir.path() / "c.toml");
  EXPECT_FALSE(RuleSet::load({{"chain-letter", file}}, reader, LocalDataFiles()));
  ASSERT_EQ(reader.errors().size(), 1u);
  const std::string& e = reader.errors()[0];
  EXPECT_NE(e.find("bad.rules:7"), std::string::npos) << e;
  EXPECT_NE(e.find("broken"), std::string::npos) << e;
  EXPECT_NE(e.find("Back-references are unsupported"), std::string::npos) << e;
}

TEST(RuleSet, RejectsUnknownKeysKindsAndFlags) {
  TempDir dir;
  auto file = dir.write("bad.rules",
                        "[[rule]]\nid = \"a\"\nkind = \"signal\"\nregex = 'x'\ndescription = \"d\"\ncolour = 1\n"
                        "[[rule]]\nid = \"b\"\nkind = \"nonsense\"\nregex = 'x'\ndescription = \"d\"\n"
                        "[[rule]]\nid = \"c\"\nkind = \"signal\"\nregex = 'x'\ndescription = \"d\"\nflags = [\"loud\"]\n"
                        "[[rule]]\nid = \"d\"\nkind = \"signal\"\nregex = 'x'\nliteral = 'y'\ndescription = \"d\"\n");
  auto reader = ConfigReader::fromString("", dir.path() / "c.toml");
  EXPECT_FALSE(RuleSet::load({{"chain-letter", file}}, reader, LocalDataFiles()));
  EXPECT_EQ(reader.errors().size(), 4u);
}

TEST(RuleSet, AnUnknownPersonalDataTagIsAnErrorNotASilentlyDisabledValidator) {
  TempDir dir;
  auto file = dir.write("dlp.rules",
                        "[[rule]]\nid = \"uln-typo\"\nkind = \"identifier\"\ntag = \"ulm\"\nregex = '[0-9]{10}'\n"
                        "description = \"d\"\n\n"
                        "[[rule]]\nid = \"uln\"\nkind = \"identifier\"\ntag = \"uln\"\nregex = '[0-9]{10}'\ndescription = \"d\"\n");
  auto reader = ConfigReader::fromString("", dir.path() / "c.toml");
  EXPECT_FALSE(RuleSet::load({{"dlp-unencrypted", file, dlpTagProblem}}, reader, LocalDataFiles()));
  ASSERT_EQ(reader.errors().size(), 1u);
  EXPECT_NE(reader.errors()[0].find("dlp.rules:1"), std::string::npos) << reader.errors()[0];
  EXPECT_NE(reader.errors()[0].find("unknown identifier tag 'ulm'"), std::string::npos) << reader.errors()[0];
}

// A snapshot with a broken rule file must not load: the milter keeps its previous snapshot.
TEST(RuleSet, BrokenRuleFileFailsTheWholeSnapshotLoad) {
  TempDir dir;
  dir.write("chain.rules", "[[rule]]\nid = \"x\"\nkind = \"signal\"\nregex = '(?<=a)b'\ndescription = \"d\"\n");
  auto config = dir.write("aup.toml",
                          "[organisation]\nname = \"S\"\ninternal_domains = [\"school.example\"]\n"
                          "[policy.chain-letter]\nrules = \"chain.rules\"\nthreshold = 7\n"
                          "[policy.dlp-unencrypted]\nenabled = false\n"
                          "[policy.virus]\nenabled = false\n");
  try {
    loadSnapshot(config);
    FAIL() << "a broken rule must reject the snapshot";
  } catch (const ConfigError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("chain.rules:1"), std::string::npos) << what;
    EXPECT_NE(what.find("Zero-width assertions are not supported"), std::string::npos) << what;
  }
  dir.write("chain.rules", "[[rule]]\nid = \"x\"\nkind = \"signal\"\ntag = \"S3\"\ngroup = \"forwarding\"\nweight = 4\n"
                           "regex = 'break the chain'\ndescription = \"d\"\n");
  auto snapshot = loadSnapshot(config);
  ASSERT_TRUE(snapshot);
  bool found = false;
  for (const auto& w : snapshot->watchedFiles) found = found || w.filename() == "chain.rules";
  EXPECT_TRUE(found) << "rule files are watched so an edit triggers a reload";
}

TEST(RuleSet, ScratchFollowsTheThreadAcrossDatabases) {
  RuleSet::CompileError error;
  auto a = RuleSet::compile({regexRule("a", "alpha")}, error);
  auto b = RuleSet::compile({regexRule("b", "be(ta)+", true), regexRule("c", "[0-9]{4,}")}, error);
  ASSERT_TRUE(a && b);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(a->scan("alpha").matches.size(), 1u);
    EXPECT_EQ(b->scan("BETA 12345").matches.size(), 2u);
  }
}

}  // namespace
}  // namespace aup
