#pragma once
// ClamAV engine - load, compile and scan with libclamav in-process.
//
// Contract: a compiled engine is immutable and shared read-only by every scanning thread; it is
// held in a ClamavEnginePtr whose deleter calls cl_engine_free, so the last message still being
// scanned with an old engine keeps it alive after a reload swapped in a new one.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "scanners/virus/virus_backend.h"

struct cl_engine;

namespace aup {

using ClamavEnginePtr = std::shared_ptr<const cl_engine>;

// Removes the private temp directories ("aup-clamav-XXXXXX", with libclamav's unpacked members)
// that processes which crashed left in `parent`: only those whose lock no live process holds.
// Runs when this process makes its own directory there. Returns how many were removed.
std::size_t removeLeftoverClamavDirs(const std::filesystem::path& parent);

// Calls cl_init once per process and routes libclamav's messages to spdlog. Thread-safe.
void ensureClamavInitialised();

// True when `dir` holds at least one file libclamav loads signatures from (.cvd, .cld, .hdb, .ndb ...).
// The daemon uses it to decide whether the configured directory is usable before loading.
bool hasSignatureDatabases(const std::filesystem::path& dir);

// The message an admin sees when `dir` has no signatures: where we looked and what to run.
std::string missingDatabaseMessage(const std::filesystem::path& dir);

// Loads every database in settings.databaseDir and compiles an engine. Throws ClamavLoadError.
// `signatures` receives the number of signatures loaded.
ClamavEnginePtr loadClamavEngine(const ClamavEngineSettings& settings, unsigned* signatures = nullptr);

// Scans one whole file held in memory (all parsers, encrypted-archive and limit heuristics).
// Never throws; `name` is passed to libclamav for its logs and type guesses. A part larger than
// `maxPartSize` (0 = no limit) is reported as Heuristics.Limits.Exceeded.MaxFileSize unscanned.
ClamavResult scanWithEngine(const cl_engine& engine, std::string_view bytes, const std::string& name,
                            std::uint64_t maxPartSize = 0);

}  // namespace aup
