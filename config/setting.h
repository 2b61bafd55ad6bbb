#pragma once
// Setting - one configuration key declared once: its type, default, bounds and one line of
// documentation. ConfigReader's getters take a Setting, so the reader, `aupctl check-config`,
// the key reference in docs/ (generated from these declarations) and the example config
// (checked against them by tests/config/schema_test.cpp) cannot drift apart.
//
// Each owner declares its keys in one constexpr table next to the code that reads them: the core
// sections in config/core_settings.cpp, each policy in its own folder (ScannerFactory::settings).

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

enum class SettingType {
  Bool,
  Int,         // a whole number
  Double,      // a number
  Size,        // 4096, "512k", "10M", "1G"
  Duration,    // 30, "30s", "5m", "2h", "30d" (read as seconds)
  String,
  Path,        // relative values resolve against the config file's directory
  StringList,  // ["a", "b"]
  Action,      // accept | quarantine | tempfail | reject
  Choice,      // one of `choices`
};

struct Setting {
  std::string_view key;           // full dotted key: "milter.timeout"
  SettingType type;
  // The default as the value is written in TOML, without the quotes of a string
  // ("300s", "true", "10", "[\"a\", \"b\"]", "" = the empty string or an empty list).
  std::string_view defaultValue;
  std::string_view min = {};      // bounds in the same notation ("10s", "1h", "4096"); "" = none
  std::string_view max = {};
  std::string_view choices = {};  // Choice: "add|reject"
  std::string_view doc = {};      // one line for the key reference (markdown)
  // When the real default is computed (the shipped rule file), what the reference says instead;
  // the literal default then only means "not set".
  std::string_view defaultNote = {};
  // A value every site sets (its domains, its Headteacher): the example config shows a sample,
  // not the default, and the schema test does not compare it.
  bool siteValue = false;
};

// The declaration of `key` in `table`; a key nobody declared is a programming error.
constexpr const Setting& findSetting(std::span<const Setting> table, std::string_view key) {
  for (const auto& s : table) {
    if (s.key == key) return s;
  }
  throw std::logic_error("configuration key not declared in its settings table: " + std::string(key));
}

// "string", "duration", ... for messages and the key reference.
std::string_view typeName(SettingType type);

// The default of a StringList setting, parsed (the built-in extension list).
std::vector<std::string> defaultList(const Setting& s);

// The default as it appears in TOML and in the key reference: `"300s"`, `true`, `[]`.
std::string tomlLiteral(const Setting& s);

}  // namespace aup
