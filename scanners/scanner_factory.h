#pragma once
// ScannerFactory - how a policy joins the engine. A policy's folder declares, in one place, the
// policies it reports (ids and default actions), every configuration key it reads beyond the
// four every policy has, and one function that reads them and returns a ready, immutable
// Scanner. scanners/registry.cpp lists the factories: adding a policy is a folder and one line.

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "config/config_reader.h"
#include "config/setting.h"
#include "config/settings.h"
#include "engine/scanner.h"
#include "scanners/scanner_services.h"

namespace aup {

struct ScannerFactory {
  // The policies this scanner reports (the content scanner reports two).
  std::vector<PolicyDeclaration> policies;
  // Every key it reads besides policy.<id>.{enabled,action,inbound_action,on_error}: its
  // [policy.<id>] extras and any section it owns ([clamav], organisation.roster).
  std::span<const Setting> settings;
  // Reads those keys from `reader`; errors go into the reader with file:line:key. Called when at
  // least one of `policies` is enabled; returns nullptr when it cannot build (errors recorded).
  // `services` gives the I/O adapters (ClamAV, libmagic) the edge constructed.
  std::function<ScannerPtr(ConfigReader& reader, const Settings& settings, const ScannerServices& services)> build;
};

// Every policy the product knows, in evaluation order (scanners/registry.cpp).
const std::vector<ScannerFactory>& allScannerFactories();

// Every declared policy, in evaluation order.
std::vector<PolicyDeclaration> allPolicyDeclarations();

// Every declared key: the core sections, then each factory's (not the per-policy common keys,
// see policyCommonSettings()).
std::vector<Setting> allDeclaredSettings();

}  // namespace aup
