#include "config/config_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/install_paths.h"
#include "config/settings.h"
#include "adapters/production_services.h"
#include "scanners/scanner_factory.h"

namespace aup {
namespace {

// A temp directory holding one config file, removed at the end of the test.
class ConfigFile {
 public:
  explicit ConfigFile(const std::string& text) {
    dir_ = std::filesystem::temp_directory_path() /
           ("aup-config-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    path_ = dir_ / "aup-milter.toml";
    std::ofstream(path_) << text;
  }
  ~ConfigFile() { std::filesystem::remove_all(dir_); }
  const std::filesystem::path& path() const { return path_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_, path_;
};

std::string errorOf(const std::filesystem::path& path) {
  try {
    loadSnapshot(path);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

constexpr const char* kMinimal = R"([organisation]
internal_domains = ["school.example"]
[policy.chain-letter]
enabled = false
[policy.dlp-unencrypted]
enabled = false
[policy.virus]
enabled = false
[policy.dangerous-attachment]
enabled = false
[policy.headteacher-copy]
enabled = false
)";

TEST(ConfigReader, EmbeddedDefaultConfigLoads) {
  EXPECT_NO_THROW(loadSnapshot(defaultConfigPath()));
}

TEST(ConfigReader, MinimalConfigLoadsWithDefaults) {
  ConfigFile f(kMinimal);
  auto snapshot = loadSnapshot(f.path());
  const auto& s = snapshot->settings;
  EXPECT_EQ(s.milter.listen, "unix:/run/aup-milter/milter.sock");
  EXPECT_EQ(s.engine.policies.at("anonymous").action, Action::Reject);
  EXPECT_EQ(s.engine.policies.at("anonymous").inboundAction, Action::Quarantine);
  EXPECT_EQ(s.engine.policies.at("dlp-unencrypted").action, Action::Quarantine);
  EXPECT_EQ(s.engine.policies.at("virus").inboundAction, Action::Reject);
}

TEST(ConfigReader, RelativeUnixSocketResolvesAgainstTheConfigDirectory) {
  ConfigFile f(std::string("[milter]\nlisten = \"unix:../state/milter.sock\"\n") + kMinimal);
  auto snapshot = loadSnapshot(f.path());
  EXPECT_EQ(snapshot->settings.milter.listen, "unix:" + (f.dir().parent_path() / "state/milter.sock").string());
}

TEST(ConfigReader, InetListenIsLeftAlone) {
  ConfigFile f(std::string("[milter]\nlisten = \"inet:8890@127.0.0.1\"\n") + kMinimal);
  EXPECT_EQ(loadSnapshot(f.path())->settings.milter.listen, "inet:8890@127.0.0.1");
}

// Installed programs (PREFIX/bin, PREFIX/sbin) use the system paths; build-tree ones the source tree.
TEST(ConfigReader, InstallPrefixIsTheParentOfBinOrSbin) {
  EXPECT_EQ(installPrefixOf("/usr/sbin/aup-milter"), std::filesystem::path("/usr"));
  EXPECT_EQ(installPrefixOf("/usr/local/bin/aupctl"), std::filesystem::path("/usr/local"));
  EXPECT_EQ(installPrefixOf("/work/build/milter/aup-milter"), std::nullopt);
  EXPECT_EQ(installPrefixOf("aup-milter"), std::nullopt);
}

TEST(ConfigReader, BuildTreeProgramsUseTheSourceTreeDefaults) {
  EXPECT_EQ(runningInstallPrefix(), std::nullopt);
  EXPECT_TRUE(isEmbeddedDemoConfig(defaultConfigPath()));
  EXPECT_EQ(defaultRulesDir("/src/rules"), std::filesystem::path("/src/rules"));
}

TEST(ConfigReader, SyntaxErrorNamesFileAndLine) {
  ConfigFile f("[milter]\nlisten = \"unix:/x\"\n[organisation\n");
  std::string err = errorOf(f.path());
  EXPECT_NE(err.find(f.path().string() + ":3"), std::string::npos) << err;
  EXPECT_NE(err.find("TOML syntax error"), std::string::npos) << err;
}

TEST(ConfigReader, BadValuesNameFileLineAndKeyAllAtOnce) {
  ConfigFile f(std::string(kMinimal) + R"([milter]
listen = "tcp:1234"
socket_mode = "rw"
[log]
level = "loud"
[policy.anonymous]
action = "bounce"
)");
  std::string err = errorOf(f.path());
  std::string file = f.path().string();
  EXPECT_NE(err.find(file + ":14: key 'milter.listen'"), std::string::npos) << err;
  EXPECT_NE(err.find(file + ":15: key 'milter.socket_mode'"), std::string::npos) << err;
  EXPECT_NE(err.find(file + ":17: key 'log.level'"), std::string::npos) << err;
  EXPECT_NE(err.find(file + ":19: key 'policy.anonymous.action'"), std::string::npos) << err;
  EXPECT_NE(err.find("'bounce' is not an action"), std::string::npos) << err;
}

TEST(ConfigReader, UnknownKeysAndPoliciesAreReported) {
  ConfigFile f(std::string(kMinimal) + "[organisation.extra]\nheadteachr = \"x@y.z\"\n[policy.spam]\nenabled = true\n");
  std::string err = errorOf(f.path());
  EXPECT_NE(err.find("key 'organisation.extra.headteachr': unknown key"), std::string::npos) << err;
  EXPECT_NE(err.find("unknown policy 'spam'"), std::string::npos) << err;
}

TEST(ConfigReader, InvalidNetworksAndDomainsAreReported) {
  ConfigFile f(R"([organisation]
internal_domains = ["school example"]
trusted_networks = ["10.0.0.0/8", "10.1/99"]
headteacher = "not-an-address"
)");
  std::string err = errorOf(f.path());
  EXPECT_NE(err.find("key 'organisation.internal_domains[0]'"), std::string::npos) << err;
  EXPECT_NE(err.find("key 'organisation.trusted_networks[1]'"), std::string::npos) << err;
  EXPECT_NE(err.find("key 'organisation.headteacher'"), std::string::npos) << err;
}

TEST(ConfigReader, RelativePathsResolveAgainstTheConfigDirectory) {
  ConfigFile f(std::string(kMinimal) + "[quarantine]\ndir = \"q\"\n[log]\naudit = \"logs/audit.jsonl\"\n");
  auto snapshot = loadSnapshot(f.path());
  EXPECT_EQ(snapshot->settings.quarantine.dir, f.dir() / "q");
  EXPECT_EQ(snapshot->settings.log.audit, f.dir() / "logs/audit.jsonl");
}

TEST(ConfigReader, MessageBudgetDefaultsToQuarantineAfter240Seconds) {
  auto reader = ConfigReader::fromString("", "t.toml");
  Settings s = readCoreSettings(reader, allPolicyDeclarations());
  EXPECT_EQ(s.engine.messageBudget, std::chrono::seconds(240));
  EXPECT_EQ(s.engine.onBudgetExceeded, Action::Quarantine);
}

TEST(ConfigReader, MessageBudgetIsReadAndBounded) {
  auto ok = ConfigReader::fromString("[milter]\nmessage_budget = \"90s\"\non_budget_exceeded = \"tempfail\"\n", "t.toml");
  Settings s = readCoreSettings(ok, allPolicyDeclarations());
  EXPECT_EQ(s.engine.messageBudget, std::chrono::seconds(90));
  EXPECT_EQ(s.engine.onBudgetExceeded, Action::Tempfail);
  auto bad = ConfigReader::fromString("[milter]\nmessage_budget = \"2h\"\non_budget_exceeded = \"reject\"\n", "t.toml");
  readCoreSettings(bad, allPolicyDeclarations());
  std::string errors;
  for (const auto& e : bad.errors()) errors += e + "\n";
  EXPECT_NE(errors.find("milter.message_budget"), std::string::npos) << errors;
  EXPECT_NE(errors.find("milter.on_budget_exceeded"), std::string::npos) << errors;
}

TEST(ConfigReader, RequestLinksAndSingleSignOnAreReadAndChecked) {
  auto ok = ConfigReader::fromString(
      "[organisation]\ninternal_domains = [\"school.example\"]\n"
      "[console]\ntrusted_proxies = [\"127.0.0.1\", \"::1\"]\nsso_header = \"X-Remote-User\"\n"
      "sso_users_file = \"sso-users\"\n[notices]\nconsole_url = \"https://gw.school.example/\"\n"
      "request_link_lifetime = \"3d\"\n",
      "/etc/aup-milter/aup-milter.toml");
  Settings s = readCoreSettings(ok, allPolicyDeclarations());
  for (const auto& e : ok.errors()) ADD_FAILURE() << e;
  EXPECT_EQ(s.console.trustedProxies, (std::vector<std::string>{"127.0.0.1", "::1"}));
  EXPECT_EQ(s.console.ssoHeader, "X-Remote-User");
  EXPECT_EQ(s.console.ssoUsersFile, "/etc/aup-milter/sso-users");
  EXPECT_EQ(s.notices.consoleUrl, "https://gw.school.example");  // the trailing slash dropped
  EXPECT_EQ(s.notices.requestLinkSeconds, 3 * 86400);

  struct Case {
    const char* toml;
    const char* error;
  };
  for (const auto& c : std::vector<Case>{
           {"[console]\ntrusted_proxies = [\"10.0.0.0/8\"]\n", "console.trusted_proxies"},
           {"[console]\nsso_header = \"X-Remote-User\"\nsso_users_file = \"u\"\n", "needs console.trusted_proxies"},
           {"[console]\nsso_header = \"X-Remote-User\"\ntrusted_proxies = [\"127.0.0.1\"]\n", "needs console.sso_users_file"},
           {"[console]\nsso_header = \"X Remote\"\n", "not an HTTP header name"},
           {"[console]\nsso_groups_header = \"X-Groups\"\n", "only with console.sso_header"},
           {"[notices]\nconsole_url = \"gw.school.example\"\n", "notices.console_url"},
           {"[notices]\nconsole_url = \"https://gw/?a=<b>\"\n", "notices.console_url"},
           {"[notices]\nrequest_link_lifetime = \"90d\"\n", "notices.request_link_lifetime"},
       }) {
    auto bad = ConfigReader::fromString(c.toml, "t.toml");
    readCoreSettings(bad, allPolicyDeclarations());
    std::string errors;
    for (const auto& e : bad.errors()) errors += e + "\n";
    EXPECT_NE(errors.find(c.error), std::string::npos) << c.toml << " gave: " << errors;
  }
}

TEST(ConfigReader, DurationsOutsideTheirBoundsAreErrorsNamingTheBounds) {
  auto reader = ConfigReader::fromString("zero = \"0s\"\nlong = \"2d\"\nok = \"5m\"\n", "t.toml");
  auto bounded = [](std::string_view key) { return Setting{key, SettingType::Duration, "60s", "1s", "1h"}; };
  EXPECT_EQ(reader.getDurationSeconds(bounded("zero")), 60);
  EXPECT_EQ(reader.getDurationSeconds(bounded("long")), 60);
  EXPECT_EQ(reader.getDurationSeconds(bounded("ok")), 300);
  ASSERT_EQ(reader.errors().size(), 2u);
  EXPECT_NE(reader.errors()[0].find("t.toml:1: key 'zero': must be between 1s and 1h, got 0s"), std::string::npos)
      << reader.errors()[0];
}

TEST(ConfigReader, AZeroTimeoutInTheConfigIsRefused) {
  ConfigFile f(std::string(kMinimal) + "[quarantine]\nsmtp_timeout = \"0s\"\n");
  EXPECT_NE(errorOf(f.path()).find("quarantine.smtp_timeout"), std::string::npos);
}

TEST(ConfigReader, SizesAndDurationsAcceptUnits) {
  auto reader = ConfigReader::fromString("a = \"10M\"\nb = 4096\nc = \"30d\"\nd = \"5x\"\n", "t.toml");
  EXPECT_EQ(reader.getSize(Setting{"a", SettingType::Size, "0"}), 10u << 20);
  EXPECT_EQ(reader.getSize(Setting{"b", SettingType::Size, "0"}), 4096u);
  EXPECT_EQ(reader.getDurationSeconds(Setting{"c", SettingType::Duration, "0", "0", "365d"}), 30 * 86400);
  EXPECT_EQ(reader.getDurationSeconds(Setting{"d", SettingType::Duration, "7", "0", "60"}), 7);
  ASSERT_EQ(reader.errors().size(), 1u);
  EXPECT_NE(reader.errors()[0].find("t.toml:4: key 'd'"), std::string::npos) << reader.errors()[0];
}

TEST(ConfigReader, MissingFileIsAClearError) {
  std::string err = errorOf("/nonexistent/aup.toml");
  EXPECT_NE(err.find("/nonexistent/aup.toml: config file not found"), std::string::npos) << err;
}

TEST(ConfigReader, ACopiedDemoConfigRefusesTheBundledTestDatabaseWithoutDemo) {
  ConfigFile f(std::string("[organisation]\ninternal_domains = [\"school.example\"]\n"
                           "[policy.headteacher-copy]\nenabled = false\n[clamav]\ndatabase_dir = \"empty\"\n"
                           "fallback_database_dir = \"") + AUP_SOURCE_DIR + "/tests/data/clamav\"\n");
  std::filesystem::create_directories(f.dir() / "empty");
  std::string error = errorOf(f.path());
  EXPECT_NE(error.find("clamav.fallback_database_dir"), std::string::npos) << error;
  EXPECT_NE(error.find("--demo"), std::string::npos) << error;
  EXPECT_NO_THROW(loadSnapshot(f.path(), /*demo=*/true));
}

}  // namespace
}  // namespace aup
