#pragma once
// Test helpers for the content scanner: the shipped rule files, a scanner built from them, and
// the fixtures under tests/data/mail/content/.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "adapters/local_data_files.h"
#include "config/config_reader.h"
#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/content_scanner.h"
#include "scanners/content/dlp_policy.h"
#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"

namespace aup::test {

inline std::filesystem::path shippedRules(const std::string& policy) {
  return std::filesystem::path(AUP_SOURCE_DIR) / "rules" / (policy + ".rules");
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string contentFixture(const std::string& name) {
  auto text = readFile(std::filesystem::path(AUP_TEST_DATA_DIR) / "mail" / "content" / name);
  if (text.empty()) ADD_FAILURE() << "missing fixture " << name;
  return text;
}

// Both content policies over the shipped rules, default settings.
inline std::unique_ptr<ContentScanner> shippedContentScanner(DlpSettings dlp = {}, MessageTextOptions options = {}) {
  auto reader = ConfigReader::fromString("", std::filesystem::temp_directory_path() / "content-test.toml");
  auto rules = RuleSet::load({{"chain-letter", shippedRules("chain-letter")}, {"dlp-unencrypted", shippedRules("dlp-unencrypted")}},
                             reader, LocalDataFiles());
  EXPECT_TRUE(rules) << (reader.errors().empty() ? "" : reader.errors().front());
  std::vector<ContentPolicyPtr> policies;
  policies.push_back(std::make_unique<ChainLetterPolicy>(ChainLetterSettings{}));
  policies.push_back(std::make_unique<DlpPolicy>(dlp));
  return std::make_unique<ContentScanner>(std::move(rules), std::move(policies), options);
}

// Scans `message` as sent by a member of staff; `direction` decides inside/outside.
inline ScanOutcome scanAs(const ContentScanner& scanner, const std::string& message, Direction direction) {
  std::string rcpt = direction == Direction::Outbound ? "parent@gmail.example" : "colleague@school.example";
  auto view = parseText(message, envelopeFrom("t.jones@school.example", {rcpt}, "t.jones"));
  static const Organisation org = schoolOrganisation();
  return scanner.scan(*view, ScanContext{org, direction, true});
}

}  // namespace aup::test
