#pragma once
// Shared fixtures for the virus tests: a private copy of tests/data/clamav per test and a scan helper.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "scanners/virus/virus_scanner.h"
#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"
#include "tests/support/temp_dir.h"

namespace aup::test {

// A fresh temporary directory, removed at the end of the test.
inline void writeFile(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

// Copies the shipped test signatures into `dir` (tests may then change them).
inline void copyTestDatabase(const std::filesystem::path& dir) {
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(AUP_TEST_DATA_DIR) / "clamav")) {
    std::filesystem::copy_file(e.path(), dir / e.path().filename(), std::filesystem::copy_options::overwrite_existing);
  }
}

inline ClamavEngineSettings testEngineSettings(const std::filesystem::path& dbDir, const std::filesystem::path& tmpDir) {
  ClamavEngineSettings s;
  s.databaseDir = dbDir;
  s.tmpDir = tmpDir;
  s.disableCache = true;  // the clean cache is keyed by content only: keep tests independent
  return s;
}

// Scans a literal message and returns the outcome.
inline ScanOutcome scanMessage(const Scanner& scanner, const std::string& message) {
  auto view = parseText(message, envelopeFrom("a@example.net", {"b@school.example"}));
  const Organisation org = schoolOrganisation();
  ScanContext ctx{org, Direction::Inbound, false};
  return scanner.scan(*view, ctx);
}

}  // namespace aup::test
