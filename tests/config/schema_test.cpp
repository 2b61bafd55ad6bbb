// The settings schema (config/setting.h) against everything that repeats it: every declaration
// parses and its default is within its bounds; the key reference tables in docs/ are the ones
// the declarations generate; the example config (config/aup-milter.toml), including its
// commented-out "defaults shown" lines, states the declared defaults.
//
// AUP_UPDATE_DOCS=1 rewrites the generated tables in docs/ instead of failing on them.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "config/config_reader.h"
#include "config/setting.h"
#include "config/settings.h"
#include "scanners/scanner_factory.h"

namespace aup {
namespace {

const std::filesystem::path kSource = AUP_SOURCE_DIR;

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The value a reader yields for `s`, in one canonical spelling (durations in seconds, sizes in
// bytes), so "60s" and "1m" compare equal.
std::string canonicalValue(ConfigReader& reader, const Setting& s) {
  switch (s.type) {
    case SettingType::Bool: return reader.getBool(s) ? "true" : "false";
    case SettingType::Int: return std::to_string(reader.getInt(s));
    case SettingType::Double: {
      std::ostringstream out;
      out << reader.getDouble(s);
      return out.str();
    }
    case SettingType::Size: return std::to_string(reader.getSize(s));
    case SettingType::Duration: return std::to_string(reader.getDurationSeconds(s));
    case SettingType::String: return reader.getString(s);
    case SettingType::Path: return reader.getPath(s).string();
    case SettingType::StringList: {
      std::string all;
      for (const auto& v : reader.getStringList(s)) all += v + "\n";
      return all;
    }
    case SettingType::Action: return std::string(toString(reader.getAction(s)));
    case SettingType::Choice: return reader.getChoice(s);
  }
  return {};
}

std::vector<Setting> everySetting() { return allDeclaredSettings(); }

// A common policy key ("policy.<id>.action") made concrete for one declared policy.
struct PolicyKey {
  std::string key;
  Setting setting;
};

std::vector<PolicyKey> policyKeys() {
  std::vector<PolicyKey> out;
  for (const auto& p : allPolicyDeclarations()) {
    for (const auto& common : policyCommonSettings()) {
      std::string name(common.key.substr(std::string_view("policy.<id>.").size()));
      PolicyKey k{"policy." + std::string(p.id) + "." + name, common};
      if (name == "action") k.setting.defaultValue = toString(p.action);
      if (name == "inbound_action") k.setting.defaultValue = toString(p.inboundAction);
      k.setting.defaultNote = {};
      out.push_back(std::move(k));
    }
  }
  for (auto& k : out) k.setting.key = k.key;
  return out;
}

// --- the generated reference tables ---------------------------------------------------------

std::string boundsText(const Setting& s) {
  if (s.min.empty() && s.max.empty()) return {};
  return " (" + std::string(s.min.empty() ? "" : s.min) + ".." + std::string(s.max.empty() ? "" : s.max) + ")";
}

// The rows for the keys under `prefixes`; keys are shown relative to a single prefix.
std::string referenceTable(const std::vector<std::string>& prefixes) {
  std::vector<Setting> all = everySetting();
  for (const auto& s : policyCommonSettings()) all.push_back(s);
  std::string out = "| key | default | meaning |\n| --- | --- | --- |\n";
  for (const auto& s : all) {
    for (const auto& prefix : prefixes) {
      if (!s.key.starts_with(prefix + ".")) continue;
      std::string shown = prefixes.size() == 1 ? std::string(s.key.substr(prefix.size() + 1)) : std::string(s.key);
      std::string def = s.defaultNote.empty() ? "`" + tomlLiteral(s) + "`" : std::string(s.defaultNote);
      out += "| `" + shown + "` | " + def + " | " + std::string(s.doc) + boundsText(s) + " |\n";
    }
  }
  return out;
}

std::string policyDefaultsTable() {
  std::string out = "| policy | `action` | `inbound_action` |\n| --- | --- | --- |\n";
  for (const auto& p : allPolicyDeclarations()) {
    out += "| `" + std::string(p.id) + "` | " + std::string(toString(p.action)) + " | " +
           std::string(toString(p.inboundAction)) + " |\n";
  }
  return out;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Regenerates every block between "<!-- settings: PREFIX... -->" (or "<!-- policy-defaults -->")
// and "<!-- end -->" in `text`; records the prefixes it covered.
std::string regenerate(const std::string& text, std::set<std::string>& covered) {
  static const std::regex block(R"((<!-- (settings: (.*?)|policy-defaults) -->\n)[\s\S]*?(<!-- end -->))");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), block);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    out += text.substr(last, static_cast<std::size_t>(m.position(0)) - last);
    std::string body;
    if (m[2].str() == "policy-defaults") {
      body = policyDefaultsTable();
    } else {
      auto prefixes = words(m[3].str());
      covered.insert(prefixes.begin(), prefixes.end());
      body = referenceTable(prefixes);
    }
    out += m[1].str() + body + m[4].str();
    last = static_cast<std::size_t>(m.position(0) + m.length(0));
  }
  return out + text.substr(last);
}

const std::vector<std::filesystem::path> kReferenceDocs = {kSource / "docs/config.md", kSource / "docs/clamav.md"};

TEST(SettingsSchema, KeysAreUniqueAndDocumented) {
  std::set<std::string_view> seen;
  for (const auto& s : everySetting()) {
    EXPECT_TRUE(seen.insert(s.key).second) << "declared twice: " << s.key;
    EXPECT_FALSE(s.doc.empty()) << s.key << " has no documentation line";
    if (s.type == SettingType::Choice) {
      EXPECT_FALSE(s.choices.empty()) << s.key;
    }
  }
}

TEST(SettingsSchema, EveryDefaultParsesAndLiesWithinItsBounds) {
  // A config that writes every default out literally must read back without an error, and the
  // same as a config that leaves every key out.
  std::string text;
  auto all = everySetting();
  for (const auto& s : all) text += std::string(s.key) + " = " + tomlLiteral(s) + "\n";
  for (const auto& k : policyKeys()) text += k.key + " = " + tomlLiteral(k.setting) + "\n";
  ConfigReader written = ConfigReader::fromString("", "/etc/aup-milter/aup-milter.toml");
  ASSERT_NO_THROW({ written = ConfigReader::fromString(text, "/etc/aup-milter/aup-milter.toml"); }) << text;
  ConfigReader empty = ConfigReader::fromString("", "/etc/aup-milter/aup-milter.toml");
  for (const auto& s : all) {
    std::string fromText, fromDefault;
    ASSERT_NO_THROW(fromText = canonicalValue(written, s)) << s.key;
    ASSERT_NO_THROW(fromDefault = canonicalValue(empty, s)) << s.key;
    EXPECT_EQ(fromText, fromDefault) << s.key;
  }
  for (const auto& k : policyKeys()) EXPECT_EQ(canonicalValue(written, k.setting), canonicalValue(empty, k.setting)) << k.key;
  for (const auto& e : written.errors()) ADD_FAILURE() << e;
}

TEST(SettingsSchema, ABrokenDeclarationIsAProgrammingErrorNotTheAdminsFault) {
  ConfigReader reader = ConfigReader::fromString("", "t.toml");
  EXPECT_THROW(reader.getDurationSeconds(Setting{"x", SettingType::Duration, "5 minutes"}), std::logic_error);
  EXPECT_THROW(reader.getChoice(Setting{"x", SettingType::Choice, "maybe", {}, {}, "yes|no"}), std::logic_error);
  EXPECT_THROW(reader.getInt(Setting{"x", SettingType::Size, "1"}), std::logic_error);  // read as the wrong type
  EXPECT_THROW(findSetting(std::span<const Setting>(), "milter.listen"), std::logic_error);
  EXPECT_TRUE(reader.errors().empty());
}

TEST(SettingsSchema, TheReferenceTablesInTheDocsAreGeneratedFromTheDeclarations) {
  std::set<std::string> covered;
  const bool update = std::getenv("AUP_UPDATE_DOCS") != nullptr;
  for (const auto& doc : kReferenceDocs) {
    std::string text = readFile(doc);
    std::string expected = regenerate(text, covered);
    if (update && expected != text) {
      std::ofstream(doc) << expected;
      continue;
    }
    EXPECT_EQ(text, expected) << doc << " differs from the declarations; run "
                              << "`AUP_UPDATE_DOCS=1 build/tests/config_test --gtest_filter='SettingsSchema.*'` "
                              << "and review the diff";
  }
  // Every key is in some generated table.
  for (const auto& s : everySetting()) {
    bool listed = false;
    for (const auto& prefix : covered) listed = listed || s.key.starts_with(prefix + ".");
    EXPECT_TRUE(listed) << s.key << " is in no `<!-- settings: ... -->` table in docs/";
  }
}

// --- the example config ---------------------------------------------------------------------

const Setting* declarationOf(const std::string& key, const std::vector<Setting>& all, const std::vector<PolicyKey>& policy) {
  for (const auto& s : all) {
    if (s.key == key) return &s;
  }
  for (const auto& k : policy) {
    if (k.key == key) return &k.setting;
  }
  return nullptr;
}

// Compares one "key = value" the example states with the declared default.
void expectDefault(const std::string& key, const std::string& valueText, const std::string& where,
                   const std::vector<Setting>& all, const std::vector<PolicyKey>& policy) {
  const Setting* s = declarationOf(key, all, policy);
  if (!s) {
    ADD_FAILURE() << where << ": " << key << " is not a declared key";
    return;
  }
  if (s->siteValue || !s->defaultNote.empty()) return;  // a sample site value, or a computed default
  // The demo keeps what it writes in its own directory, never in the production defaults
  // (the package's config states those: packaging/production-config.py).
  if (valueText.find("demo-state/") != std::string::npos) return;
  const std::filesystem::path file = kSource / "config/aup-milter.toml";
  ConfigReader stated = ConfigReader::fromString(key + " = " + valueText, file);
  ConfigReader empty = ConfigReader::fromString("", file);
  EXPECT_EQ(canonicalValue(stated, *s), canonicalValue(empty, *s))
      << where << ": the example config gives " << key << " = " << valueText << ", the declared default is "
      << tomlLiteral(*s);
  for (const auto& e : stated.errors()) ADD_FAILURE() << where << ": " << e;
}

void walk(const toml::table& table, const std::string& prefix, std::vector<std::pair<std::string, const toml::node*>>& out) {
  for (const auto& [k, v] : table) {
    std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    if (const toml::table* child = v.as_table()) walk(*child, key, out);
    else out.emplace_back(key, &v);
  }
}

TEST(SettingsSchema, TheExampleConfigStatesTheDeclaredDefaults) {
  const auto all = everySetting();
  const auto policy = policyKeys();
  const std::filesystem::path file = kSource / "config/aup-milter.toml";
  const std::string text = readFile(file);
  std::vector<std::pair<std::string, const toml::node*>> keys;
  auto root = toml::parse(text, file.string());
  walk(root, "", keys);
  ASSERT_GT(keys.size(), 40u);
  for (const auto& [key, node] : keys) {
    std::ostringstream value;
    if (const auto* array = node->as_array()) value << *array;
    else if (const auto* str = node->as_string()) value << '"' << str->get() << '"';
    else if (const auto* b = node->as_boolean()) value << (b->get() ? "true" : "false");
    else if (const auto* i = node->as_integer()) value << i->get();
    else if (const auto* d = node->as_floating_point()) value << d->get();
    expectDefault(key, value.str(), file.string() + ":" + std::to_string(node->source().begin.line), all, policy);
  }
  // Commented-out "defaults shown" lines: "# key = value  # comment" under a [section].
  static const std::regex section(R"(^\[([a-z0-9_.-]+)\]\s*$)");
  static const std::regex shown(R"(^#\s*([a-z_]+)\s*=\s*(\S.*?)\s*(#.*)?$)");
  std::istringstream in(text);
  std::string line, current;
  std::size_t number = 0, checked = 0;
  while (std::getline(in, line)) {
    ++number;
    std::smatch m;
    if (std::regex_match(line, m, section)) current = m[1];
    else if (!current.empty() && std::regex_match(line, m, shown)) {
      expectDefault(current + "." + m[1].str(), m[2].str(), file.string() + ":" + std::to_string(number), all, policy);
      ++checked;
    }
  }
  EXPECT_GT(checked, 10u) << "the commented-out defaults were not found";
}

TEST(SettingsSchema, TheDriftCheckFailsWhenADefaultDiffers) {
  // The comparison the example check relies on must see a changed default.
  Setting timeout{"milter.timeout", SettingType::Duration, "300s", "10s", "1h"};
  ConfigReader stated = ConfigReader::fromString("milter.timeout = \"301s\"", "t.toml");
  ConfigReader empty = ConfigReader::fromString("", "t.toml");
  EXPECT_NE(canonicalValue(stated, timeout), canonicalValue(empty, timeout));
  std::set<std::string> covered;
  std::string stale = "<!-- settings: milter -->\n| key | default | meaning |\n| `timeout` | `\"299s\"` | x |\n<!-- end -->\n";
  EXPECT_NE(regenerate(stale, covered), stale);
}

TEST(SettingsSchema, TheStructsThatTestsBuildByHandStartFromTheDeclaredDefaults) {
  // Tests (and edges that never read a file) construct these structs directly; their member
  // initialisers must say what the declarations say, or a test would pass on values no
  // installation runs with.
  ConfigReader empty = ConfigReader::fromString("", "/etc/aup-milter/aup-milter.toml");
  Settings read = readCoreSettings(empty, allPolicyDeclarations());
  const MilterSettings m;
  EXPECT_EQ(read.milter.listen, m.listen);
  EXPECT_EQ(read.milter.socketGroup, m.socketGroup);
  EXPECT_EQ(read.milter.socketMode, m.socketMode);
  EXPECT_EQ(read.milter.spoolThreshold, m.spoolThreshold);
  EXPECT_EQ(read.milter.spoolDir, m.spoolDir);
  EXPECT_EQ(read.milter.addVerdictHeader, m.addVerdictHeader);
  EXPECT_EQ(read.milter.verdictHeaderName, m.verdictHeaderName);
  EXPECT_EQ(read.milter.timeoutSeconds, m.timeoutSeconds);
  EXPECT_EQ(read.milter.fileCheckSeconds, m.fileCheckSeconds);
  EXPECT_EQ(read.milter.rosterMaxDropShare, m.rosterMaxDropShare);
  const LogSettings log;
  EXPECT_EQ(read.log.audit, log.audit);
  EXPECT_EQ(read.log.level, log.level);
  EXPECT_EQ(read.log.maxFileBytes, log.maxFileBytes);
  EXPECT_EQ(read.log.maxFiles, log.maxFiles);
  EXPECT_EQ(read.log.syslog, log.syslog);
  EXPECT_EQ(read.log.syslogSocket, log.syslogSocket);
  EXPECT_EQ(read.log.syslogIdent, log.syslogIdent);
  EXPECT_EQ(read.log.syslogFacility, log.syslogFacility);
  EXPECT_EQ(read.log.syslogFormat, log.syslogFormat);
  const QuarantineSettings q;
  EXPECT_EQ(read.quarantine.dir, q.dir);
  EXPECT_EQ(read.quarantine.retentionSeconds, q.retentionSeconds);
  EXPECT_EQ(read.quarantine.releaseHost, q.releaseHost);
  EXPECT_EQ(read.quarantine.releasePort, q.releasePort);
  EXPECT_EQ(read.quarantine.tokenMaxAgeSeconds, q.tokenMaxAgeSeconds);
  EXPECT_EQ(read.quarantine.smtpTimeoutSeconds, q.smtpTimeoutSeconds);
  const ConsoleSettings c;  // usersFile is computed from quarantine.dir, so not compared
  EXPECT_EQ(read.console.listenAddress, c.listenAddress);
  EXPECT_EQ(read.console.listenPort, c.listenPort);
  EXPECT_EQ(read.console.sessionIdleSeconds, c.sessionIdleSeconds);
  EXPECT_EQ(read.console.sessionMaxSeconds, c.sessionMaxSeconds);
  EXPECT_EQ(read.console.secureCookie, c.secureCookie);
  EXPECT_EQ(read.console.twoPersonRelease, c.twoPersonRelease);
  EXPECT_EQ(read.console.signInFailuresPerWindow, c.signInFailuresPerWindow);
  EXPECT_EQ(read.console.signInWindowSeconds, c.signInWindowSeconds);
  EXPECT_EQ(read.console.maxBodyBytes, c.maxBodyBytes);
  EXPECT_EQ(read.console.requestLinkLimit, c.requestLinkLimit);
  EXPECT_EQ(read.console.requestLinkWindowSeconds, c.requestLinkWindowSeconds);
  EXPECT_EQ(read.console.trustedProxies, c.trustedProxies);
  EXPECT_EQ(read.console.ssoHeader, c.ssoHeader);
  EXPECT_EQ(read.console.ssoGroupsHeader, c.ssoGroupsHeader);
  EXPECT_EQ(read.console.ssoUsersFile, c.ssoUsersFile);
  const NoticeSettings n;
  EXPECT_EQ(read.notices.smtpHost, n.smtpHost);
  EXPECT_EQ(read.notices.smtpPort, n.smtpPort);
  EXPECT_EQ(read.notices.ratePerHour, n.ratePerHour);
  EXPECT_EQ(read.notices.maxAttempts, n.maxAttempts);
  EXPECT_EQ(read.notices.retryBaseSeconds, n.retryBaseSeconds);
  EXPECT_EQ(read.notices.retryMaxSeconds, n.retryMaxSeconds);
  EXPECT_EQ(read.notices.consoleUrl, n.consoleUrl);
  EXPECT_EQ(read.notices.requestLinkSeconds, n.requestLinkSeconds);
  const EngineSettings e;
  EXPECT_EQ(read.engine.onUnscannable, e.onUnscannable);
  EXPECT_EQ(read.engine.onBudgetExceeded, e.onBudgetExceeded);
  EXPECT_EQ(read.engine.messageBudget, e.messageBudget);
  const ParseLimits limits;
  EXPECT_EQ(read.parseLimits.maxLeafParts, limits.maxLeafParts);
  EXPECT_EQ(read.parseLimits.maxDecodedBytes, limits.maxDecodedBytes);
}

}  // namespace
}  // namespace aup
