#pragma once
// ConfigReader - typed, bounded access to one TOML document, collecting every error with
// file:line and the full key name so an admin sees all mistakes at once.
//
// Each key is declared where it is read (name, default, bounds). Keys nobody reads are reported
// as unknown by reportUnknownKeys(), which catches typos such as "headteachr".

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

  // Getters take dotted keys ("milter.listen", "policy.chain-letter.threshold").
  std::string getString(std::string_view key, std::string fallback);
  bool getBool(std::string_view key, bool fallback);
  std::int64_t getInt(std::string_view key, std::int64_t fallback, std::int64_t min, std::int64_t max);
  double getDouble(std::string_view key, double fallback, double min, double max);
  // A size such as 10485760, "10M", "512k", "2G".
  std::uint64_t getSize(std::string_view key, std::uint64_t fallback, std::uint64_t min, std::uint64_t max);
  // A duration such as 30, "30s", "5m", "2h", "30d", within [min, max]; returned in seconds.
  std::int64_t getDurationSeconds(std::string_view key, std::int64_t fallback, std::int64_t min, std::int64_t max);
  std::vector<std::string> getStringList(std::string_view key, std::vector<std::string> fallback = {});
  // A path; relative values resolve against the config file's directory. "" stays "".
  std::filesystem::path getPath(std::string_view key, std::string_view fallback);
  Action getAction(std::string_view key, Action fallback);
  // One of `allowed` (e.g. mode = "add" | "reject").
  std::string getChoice(std::string_view key, std::string fallback, const std::vector<std::string>& allowed);

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
