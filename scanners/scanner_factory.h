#pragma once
// ScannerFactory - how a policy joins the engine: one function that reads its own config keys
// and returns a ready, immutable Scanner (or records config errors and returns nullptr).

#include <functional>
#include <string>
#include <vector>

#include "config/config_reader.h"
#include "config/settings.h"
#include "engine/scanner.h"

namespace aup {

struct ScannerFactory {
  std::string policyId;
  // Reads "[policy.<id>]" extras (and any section the policy owns) from `reader`; errors go into
  // the reader with file:line:key. Called only when the policy is enabled.
  std::function<ScannerPtr(ConfigReader& reader, const Settings& settings)> build;
  // Keys outside [policy.<id>] that only this policy reads ("organisation.roster"): when the
  // policy is switched off they are accepted instead of being reported as unknown.
  std::vector<std::string> ownedKeys = {};
};

// Every policy the product knows, in evaluation order (scanners/registry.cpp).
const std::vector<ScannerFactory>& allScannerFactories();

}  // namespace aup
