#include "config/config_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <sstream>

namespace aup {

ConfigReader::ConfigReader(toml::table root, std::filesystem::path file)
    : root_(std::move(root)), file_(std::move(file)) {}

namespace {

std::string syntaxError(const toml::parse_error& e, const std::filesystem::path& file) {
  std::ostringstream out;
  out << file.string() << ":" << e.source().begin.line << ":" << e.source().begin.column
      << ": TOML syntax error: " << e.description();
  return out.str();
}

}  // namespace

ConfigReader ConfigReader::fromFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw ConfigError(file.string() + ": config file not found");
  try {
    return ConfigReader(toml::parse_file(file.string()), std::filesystem::absolute(file));
  } catch (const toml::parse_error& e) {
    throw ConfigError(syntaxError(e, file));
  }
}

ConfigReader ConfigReader::fromString(std::string_view text, const std::filesystem::path& file) {
  try {
    return ConfigReader(toml::parse(text, file.string()), std::filesystem::absolute(file));
  } catch (const toml::parse_error& e) {
    throw ConfigError(syntaxError(e, file));
  }
}

toml::node_view<const toml::node> ConfigReader::node(std::string_view key) const {
  return toml::node_view<const toml::node>(root_).at_path(key);
}

bool ConfigReader::has(std::string_view key) const { return static_cast<bool>(node(key)); }

std::string ConfigReader::where(std::string_view key) const {
  auto n = node(key);
  std::string location = file_.string();
  if (n && n.node()->source().begin.line > 0) location += ":" + std::to_string(n.node()->source().begin.line);
  return location;
}

void ConfigReader::markRead(std::string_view key) { read_.emplace(key); }

void ConfigReader::error(std::string_view key, std::string_view message) {
  errors_.push_back(where(key) + ": key '" + std::string(key) + "': " + std::string(message));
}

void ConfigReader::errorInFile(const std::filesystem::path& file, std::size_t line, std::string_view message) {
  errors_.push_back(file.string() + ":" + std::to_string(line) + ": " + std::string(message));
}

void ConfigReader::warnInFile(const std::filesystem::path& file, std::size_t line, std::string_view message) {
  warnings_.push_back(file.string() + (line ? ":" + std::to_string(line) : std::string()) + ": " + std::string(message));
}

void ConfigReader::watchFile(const std::filesystem::path& file) {
  if (std::find(watchedFiles_.begin(), watchedFiles_.end(), file) == watchedFiles_.end()) watchedFiles_.push_back(file);
}

std::string ConfigReader::getString(std::string_view key, std::string fallback) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  if (auto v = n.value<std::string>()) return *v;
  error(key, "expected a string");
  return fallback;
}

bool ConfigReader::getBool(std::string_view key, bool fallback) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  if (n.is_boolean()) return *n.value<bool>();
  error(key, "expected true or false");
  return fallback;
}

std::int64_t ConfigReader::getInt(std::string_view key, std::int64_t fallback, std::int64_t min, std::int64_t max) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  if (!n.is_integer()) {
    error(key, "expected a whole number");
    return fallback;
  }
  auto v = *n.value<std::int64_t>();
  if (v < min || v > max) {
    error(key, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " + std::to_string(v));
    return fallback;
  }
  return v;
}

double ConfigReader::getDouble(std::string_view key, double fallback, double min, double max) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  if (!n.is_number()) {
    error(key, "expected a number");
    return fallback;
  }
  double v = *n.value<double>();
  if (v < min || v > max) {
    std::ostringstream msg;
    msg << "must be between " << min << " and " << max << ", got " << v;
    error(key, msg.str());
    return fallback;
  }
  return v;
}

namespace {

// Parses "<digits><unit>" with a unit table; returns false on any malformed input or overflow.
bool parseScaled(std::string_view text, const std::vector<std::pair<std::string, std::uint64_t>>& units,
                 std::uint64_t& out) {
  std::uint64_t number = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || ptr == text.data()) return false;
  std::string unit(ptr, text.data() + text.size());
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [name, scale] : units) {
    if (unit == name) {
      if (scale && number > UINT64_MAX / scale) return false;
      out = number * scale;
      return true;
    }
  }
  return false;
}

using UnitTable = std::vector<std::pair<std::string, std::uint64_t>>;
const UnitTable kSizeUnits = {{"", 1}, {"b", 1}, {"k", 1024}, {"kb", 1024}, {"m", 1u << 20}, {"mb", 1u << 20},
                              {"g", 1u << 30}, {"gb", 1u << 30}};
const UnitTable kDurationUnits = {{"", 1}, {"s", 1}, {"m", 60}, {"h", 3600}, {"d", 86400}, {"w", 604800}};

}  // namespace

std::uint64_t ConfigReader::getSize(std::string_view key, std::uint64_t fallback, std::uint64_t min, std::uint64_t max) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  std::uint64_t value = 0;
  if (n.is_integer() && *n.value<std::int64_t>() >= 0) {
    value = static_cast<std::uint64_t>(*n.value<std::int64_t>());
  } else if (auto s = n.value<std::string>();
             !s || !parseScaled(*s, kSizeUnits, value)) {
    error(key, "expected a size such as 10485760, \"512k\", \"10M\" or \"1G\"");
    return fallback;
  }
  if (value < min || value > max) {
    error(key, "size must be between " + std::to_string(min) + " and " + std::to_string(max) + " bytes");
    return fallback;
  }
  return value;
}

namespace {

// "90s", "5m", "2h", "3d" for error messages.
std::string durationText(std::int64_t seconds) {
  if (seconds != 0 && seconds % 86400 == 0) return std::to_string(seconds / 86400) + "d";
  if (seconds != 0 && seconds % 3600 == 0) return std::to_string(seconds / 3600) + "h";
  if (seconds != 0 && seconds % 60 == 0) return std::to_string(seconds / 60) + "m";
  return std::to_string(seconds) + "s";
}

}  // namespace

std::int64_t ConfigReader::getDurationSeconds(std::string_view key, std::int64_t fallback, std::int64_t min,
                                              std::int64_t max) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  std::uint64_t value = 0;
  std::optional<std::int64_t> seconds;
  if (n.is_integer() && *n.value<std::int64_t>() >= 0) seconds = *n.value<std::int64_t>();
  if (auto s = n.value<std::string>();
      s && parseScaled(*s, kDurationUnits, value) &&
      value <= (1ull << 40)) {
    seconds = static_cast<std::int64_t>(value);
  }
  if (!seconds) {
    error(key, "expected a duration such as 30, \"30s\", \"5m\", \"2h\" or \"30d\"");
    return fallback;
  }
  if (*seconds < min || *seconds > max) {
    error(key, "must be between " + durationText(min) + " and " + durationText(max) + ", got " + durationText(*seconds));
    return fallback;
  }
  return *seconds;
}

std::vector<std::string> ConfigReader::getStringList(std::string_view key, std::vector<std::string> fallback) {
  markRead(key);
  auto n = node(key);
  if (!n) return fallback;
  const toml::array* array = n.as_array();
  if (!array) {
    error(key, "expected a list of strings, e.g. [\"a\", \"b\"]");
    return fallback;
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < array->size(); ++i) {
    auto v = (*array)[i].value<std::string>();
    if (!v) {
      error(std::string(key) + "[" + std::to_string(i) + "]", "expected a string");
      continue;
    }
    out.push_back(*v);
  }
  return out;
}

// --- Getters by declaration: the default and the bounds are parsed from the Setting's text. A
// declaration that does not parse is a programming error (tests/config/schema_test.cpp parses
// every one), so it throws std::logic_error rather than blaming the admin's file.

namespace {

[[noreturn]] void badDeclaration(const Setting& s, std::string_view what) {
  throw std::logic_error("setting " + std::string(s.key) + ": declared " + std::string(what) + " does not parse");
}

void requireType(const Setting& s, SettingType type) {
  if (s.type != type) {
    throw std::logic_error("setting " + std::string(s.key) + " is declared as " + std::string(typeName(s.type)) +
                           ", read as " + std::string(typeName(type)));
  }
}

std::uint64_t scaledOf(const Setting& s, std::string_view text, const UnitTable& units, std::uint64_t unset) {
  if (text.empty()) return unset;
  std::uint64_t value = 0;
  if (!parseScaled(text, units, value)) badDeclaration(s, text);
  return value;
}

std::int64_t intOf(const Setting& s, std::string_view text, std::int64_t unset) {
  if (text.empty()) return unset;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) badDeclaration(s, text);
  return value;
}

double doubleOf(const Setting& s, std::string_view text, double unset) {
  if (text.empty()) return unset;
  std::string copy(text);
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) badDeclaration(s, text);
  return value;
}

std::vector<std::string> choicesOf(const Setting& s) {
  std::vector<std::string> out;
  std::string_view rest = s.choices;
  while (!rest.empty()) {
    auto bar = rest.find('|');
    out.emplace_back(rest.substr(0, bar));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace

bool ConfigReader::getBool(const Setting& s) {
  requireType(s, SettingType::Bool);
  if (s.defaultValue != "true" && s.defaultValue != "false") badDeclaration(s, s.defaultValue);
  return getBool(s.key, s.defaultValue == "true");
}

std::int64_t ConfigReader::getInt(const Setting& s) {
  requireType(s, SettingType::Int);
  return getInt(s.key, intOf(s, s.defaultValue, 0), intOf(s, s.min, INT64_MIN), intOf(s, s.max, INT64_MAX));
}

double ConfigReader::getDouble(const Setting& s) {
  requireType(s, SettingType::Double);
  return getDouble(s.key, doubleOf(s, s.defaultValue, 0), doubleOf(s, s.min, -1e308), doubleOf(s, s.max, 1e308));
}

std::uint64_t ConfigReader::getSize(const Setting& s) {
  requireType(s, SettingType::Size);
  return getSize(s.key, scaledOf(s, s.defaultValue, kSizeUnits, 0), scaledOf(s, s.min, kSizeUnits, 0),
                 scaledOf(s, s.max, kSizeUnits, UINT64_MAX));
}

std::int64_t ConfigReader::getDurationSeconds(const Setting& s) {
  requireType(s, SettingType::Duration);
  auto seconds = [&](std::string_view text, std::uint64_t unset) {
    return static_cast<std::int64_t>(scaledOf(s, text, kDurationUnits, unset));
  };
  return getDurationSeconds(s.key, seconds(s.defaultValue, 0), seconds(s.min, 0), seconds(s.max, 1ull << 40));
}

std::string ConfigReader::getString(const Setting& s) {
  requireType(s, SettingType::String);
  return getString(s.key, std::string(s.defaultValue));
}

std::vector<std::string> ConfigReader::getStringList(const Setting& s) {
  requireType(s, SettingType::StringList);
  return getStringList(s.key, defaultList(s));
}

std::filesystem::path ConfigReader::getPath(const Setting& s) {
  requireType(s, SettingType::Path);
  std::string text = getString(s.key, std::string(s.defaultValue));
  if (text.empty()) return {};
  std::filesystem::path p(text);
  return p.is_absolute() ? p : (baseDir() / p).lexically_normal();
}

Action ConfigReader::getAction(const Setting& s) {
  requireType(s, SettingType::Action);
  auto fallback = parseAction(s.defaultValue);
  if (!fallback) badDeclaration(s, s.defaultValue);
  return getAction(s.key, *fallback);
}

Action ConfigReader::getAction(std::string_view key, Action fallback) {
  std::string text = getString(key, std::string(toString(fallback)));
  if (auto action = parseAction(text)) return *action;
  error(key, "'" + text + "' is not an action; use accept, quarantine, tempfail or reject");
  return fallback;
}

std::string ConfigReader::getChoice(const Setting& s) {
  requireType(s, SettingType::Choice);
  const auto allowed = choicesOf(s);
  if (std::find(allowed.begin(), allowed.end(), s.defaultValue) == allowed.end()) badDeclaration(s, s.defaultValue);
  std::string text = getString(s.key, std::string(s.defaultValue));
  if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return text;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  error(s.key, "'" + text + "' is not one of: " + list);
  return std::string(s.defaultValue);
}

std::vector<std::string> ConfigReader::tableKeys(std::string_view key) const {
  std::vector<std::string> out;
  auto n = node(key);
  if (const toml::table* t = n.as_table()) {
    for (const auto& [k, v] : *t) {
      if (v.is_table()) out.emplace_back(k.str());
    }
  }
  return out;
}

void ConfigReader::acceptSection(std::string_view prefix) { read_.emplace(std::string(prefix) + ".*"); }

void ConfigReader::walkUnknown(const toml::table& table, const std::string& prefix) {
  for (const auto& [k, v] : table) {
    std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    if (read_.count(key + ".*")) continue;
    if (const toml::table* child = v.as_table()) {
      walkUnknown(*child, key);
    } else if (!read_.count(key)) {
      error(key, "unknown key (misspelt, or not used by this version)");
    }
  }
}

void ConfigReader::reportUnknownKeys() { walkUnknown(root_, ""); }

void ConfigReader::throwIfErrors() const {
  if (errors_.empty()) return;
  std::string all;
  for (const auto& e : errors_) all += (all.empty() ? "" : "\n") + e;
  throw ConfigError(all);
}

}  // namespace aup
