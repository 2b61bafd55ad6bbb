#include "tools/aupctl/config_path.h"

#include "scanners/scanner_factory.h"

namespace aup {

namespace {
constexpr const char* kEtcConfig = "/etc/aup-milter/aup-milter.toml";
}  // namespace

std::filesystem::path resolveConfigPath(const std::string& option) {
  if (!option.empty()) return option;
  if (std::filesystem::exists(kEtcConfig)) return kEtcConfig;
  return defaultConfigPath();
}

Settings loadCoreSettings(const std::filesystem::path& file) {
  ConfigReader reader = ConfigReader::fromFile(file);
  Settings settings = readCoreSettings(reader, allPolicyDeclarations());
  reader.throwIfErrors();
  return settings;
}

}  // namespace aup
