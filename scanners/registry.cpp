// The list of every policy the product ships, in evaluation order. Adding a policy is adding a
// folder with a factory and one line here.

#include "config/core_settings.h"
#include "scanners/anonymous/anonymous_scanner.h"
#include "scanners/content/content_scanner.h"
#include "scanners/dangerous_attachment/dangerous_attachment_scanner.h"
#include "scanners/headteacher_copy/headteacher_copy_scanner.h"
#include "scanners/scanner_factory.h"
#include "scanners/virus/virus_scanner.h"

namespace aup {

const std::vector<ScannerFactory>& allScannerFactories() {
  static const std::vector<ScannerFactory> factories = {
      anonymousScannerFactory(),
      headteacherCopyScannerFactory(),
      dangerousAttachmentScannerFactory(),
      virusScannerFactory(),
      contentScannerFactory(),  // chain-letter and dlp-unencrypted: one text build, one Hyperscan scan
  };
  return factories;
}

std::vector<PolicyDeclaration> allPolicyDeclarations() {
  std::vector<PolicyDeclaration> out;
  for (const auto& factory : allScannerFactories()) out.insert(out.end(), factory.policies.begin(), factory.policies.end());
  return out;
}

std::vector<Setting> allDeclaredSettings() {
  auto core = coreSettings();
  std::vector<Setting> out(core.begin(), core.end());
  for (const auto& factory : allScannerFactories()) out.insert(out.end(), factory.settings.begin(), factory.settings.end());
  return out;
}

}  // namespace aup
