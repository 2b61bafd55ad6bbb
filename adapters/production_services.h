#pragma once
// The production ScannerServices: libclamav / clamd (adapters/clamav/) and libmagic
// (adapters/libmagic/). The milter makes one set at start and keeps it across reloads; one-shot
// callers (aupctl scan, tests, benchmarks) use the loadSnapshot overload below.

#include <filesystem>

#include "scanners/policy_snapshot.h"
#include "scanners/scanner_services.h"

namespace aup {

ScannerServices productionScannerServices();

// loadSnapshot on a fresh set of production services (they live as long as the snapshot).
SnapshotPtr loadSnapshot(const std::filesystem::path& configFile, bool demo = false);

}  // namespace aup
