#pragma once
// ConfigReader - typed, bounded access to one TOML document, collecting every error with
// file:line and the full key name so an admin sees all mistakes at once.
//
// Each key is declared once (config/setting.h: type, default, bounds, doc) and read through that
// declaration. Keys nobody reads are reported as unknown by reportUnknownKeys(), which catches
// typos such as "headteachr".

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "config/setting.h"
#include "engine/action.h"

namespace aup {

// Thrown when a configuration cannot be used; what() lists every problem, one per line.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(const std::string& what) : std::runtime_error(what) {}
};

class ConfigReader {
 public:
  // Parses `file`; a TOML syntax error throws ConfigError naming the file, line and column.
  static ConfigReader fromFile(const std::filesystem::path& file);
  // Parses text as if it were `file` (used for the embedded default and tests).
  static ConfigReader fromString(std::string_view text, const std::filesystem::path& file);

  const std::filesystem::path& file() const { return file_; }
  // Demo-only fallbacks (the bundled ClamAV test database) are allowed: the embedded default
  // config is being read, or the admin asked for a demo (aup-milter --demo).
  bool demoAllowed() const { return demoAllowed_; }
  void allowDemo(bool allowed) { demoAllowed_ = allowed; }
  // Directory relative paths resolve against.
  std::filesystem::path baseDir() const { return file_.parent_path(); }

  // Getters take a declared Setting (config/setting.h): the key, its default and its bounds come
  // from the declaration. A value of the wrong type or out of bounds is an error naming the
  // file, line and key, and the default is used so that every other error is still found.
  bool getBool(const Setting& s);
  std::int64_t getInt(const Setting& s);
  double getDouble(const Setting& s);
  std::uint64_t getSize(const Setting& s);
  std::int64_t getDurationSeconds(const Setting& s);  // in seconds
  std::string getString(const Setting& s);
  std::vector<std::string> getStringList(const Setting& s);
  // Relative values resolve against the config file's directory. "" stays "".
  std::filesystem::path getPath(const Setting& s);
  Action getAction(const Setting& s);
  std::string getChoice(const Setting& s);

  bool has(std::string_view key) const;
  // Names of the sub-tables of a table ("policy" -> {"anonymous", ...}).
  std::vector<std::string> tableKeys(std::string_view key) const;

  // Records an error about `key` (its line, or the file when the key is absent).
  void error(std::string_view key, std::string_view message);
  // Records an error about a line of another file the config points at (roster, rule files).
  void errorInFile(const std::filesystem::path& file, std::size_t line, std::string_view message);
  // Records a problem that does not stop the config loading (a skipped roster row); line 0 = the file.
  void warnInFile(const std::filesystem::path& file, std::size_t line, std::string_view message);
  // Remembers a file the config points at, so a change to it can trigger a reload.
  void watchFile(const std::filesystem::path& file);
  // Records how many rows a data file loaded (the roster), so a reload can refuse a sudden drop.
  void recordRowCount(const std::string& key, std::size_t rows) { rowCounts_[key] = rows; }
  const std::map<std::string, std::size_t>& rowCounts() const { return rowCounts_; }
  // Marks every key below `prefix` as known (for sections read by a component that is switched off).
  void acceptSection(std::string_view prefix);
  // Marks one key as known (a key of a component that is switched off).
  void acceptKey(std::string_view key) { markRead(key); }
  void reportUnknownKeys();

  const std::vector<std::string>& errors() const { return errors_; }
  // Non-fatal problems ("file:line: message"), for the operational log.
  const std::vector<std::string>& warnings() const { return warnings_; }
  const std::vector<std::filesystem::path>& watchedFiles() const { return watchedFiles_; }
  // Throws ConfigError listing every recorded error, if any.
  void throwIfErrors() const;

 private:
  ConfigReader(toml::table root, std::filesystem::path file);
  toml::node_view<const toml::node> node(std::string_view key) const;
  std::string where(std::string_view key) const;
  void markRead(std::string_view key);
  void walkUnknown(const toml::table& table, const std::string& prefix);
  std::string getString(std::string_view key, std::string fallback);
  bool getBool(std::string_view key, bool fallback);
  Action getAction(std::string_view key, Action fallback);
  std::int64_t getInt(std::string_view key, std::int64_t fallback, std::int64_t min, std::int64_t max);
  double getDouble(std::string_view key, double fallback, double min, double max);
  std::uint64_t getSize(std::string_view key, std::uint64_t fallback, std::uint64_t min, std::uint64_t max);
  std::int64_t getDurationSeconds(std::string_view key, std::int64_t fallback, std::int64_t min, std::int64_t max);
  std::vector<std::string> getStringList(std::string_view key, std::vector<std::string> fallback);

  toml::table root_;
  std::filesystem::path file_;
  std::set<std::string, std::less<>> read_;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
  std::vector<std::filesystem::path> watchedFiles_;
  std::map<std::string, std::size_t> rowCounts_;
  bool demoAllowed_ = false;
};

}  // namespace aup
