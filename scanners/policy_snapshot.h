#pragma once
// PolicySnapshot - everything a message decision needs, immutable and shared by all threads.
// A reload builds a complete new snapshot first and swaps one pointer, so mail never stops and a
// broken config never replaces a working one.

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "config/settings.h"
#include "decision/decide.h"
#include "engine/engine.h"
#include "scanners/scanner_services.h"

namespace aup {

struct PolicySnapshot {
  Settings settings;
  std::unique_ptr<const Engine> engine;
  DecisionSettings decision;  // what decide() reads (replies, verdict header, notices, tokens)
  // Non-fatal load problems ("roster.csv:12: row skipped: ..."): log them after every (re)load.
  std::vector<std::string> warnings;
  // The config file and every file it points at (roster ...): a change to any should rebuild
  // the snapshot (see config/file_change_watcher.h).
  std::vector<std::filesystem::path> watchedFiles;
  // Rows each data file loaded ("organisation.roster" -> 412), compared at reload.
  std::map<std::string, std::size_t> rowCounts;
};

// Why `next` must not replace `previous` ("" = it may): a data file that lost more than
// `maxDropShare` of its rows at once (an MIS export cut short) keeps the previous snapshot.
std::string refuseShrunkData(const PolicySnapshot& previous, const PolicySnapshot& next, double maxDropShare);

using SnapshotPtr = std::shared_ptr<const PolicySnapshot>;

// The decision settings a configuration implies.
DecisionSettings decisionSettingsFor(const Settings& settings);

// Loads and validates a config file and builds every enabled scanner on `services` (the I/O
// adapters the caller owns: keep one set for the life of the process, so reloads share them).
// Throws ConfigError listing every problem (file:line: key: message).
// `demo`: allow demo-only fallbacks (aup-milter --demo); the embedded default config always may.
// The production services, and an overload that makes them: adapters/production_services.h.
SnapshotPtr loadSnapshot(const std::filesystem::path& configFile, const ScannerServices& services, bool demo = false);

// Holds the current snapshot; readers take a reference for the length of one message.
class SnapshotHolder {
 public:
  explicit SnapshotHolder(SnapshotPtr initial) : current_(std::move(initial)) {}
  SnapshotPtr current() const {
    std::lock_guard lock(mutex_);
    return current_;
  }
  void replace(SnapshotPtr next) {
    std::lock_guard lock(mutex_);
    current_.swap(next);
  }

 private:
  mutable std::mutex mutex_;
  SnapshotPtr current_;
};

}  // namespace aup
