#include "config/install_paths.h"

namespace aup {

std::optional<std::filesystem::path> installPrefixOf(const std::filesystem::path& executable) {
  std::filesystem::path dir = executable.parent_path();
  if (dir.filename() != "bin" && dir.filename() != "sbin") return std::nullopt;
  return dir.parent_path();
}

const std::optional<std::filesystem::path>& runningInstallPrefix() {
  static const std::optional<std::filesystem::path> prefix = [] {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::nullopt : installPrefixOf(exe);
  }();
  return prefix;
}

bool isEmbeddedDemoConfig(const std::filesystem::path& file) {
  std::error_code ec;
  return !runningInstallPrefix() && std::filesystem::equivalent(file, AUP_DEFAULT_CONFIG, ec);
}

std::filesystem::path defaultRulesDir(const std::filesystem::path& buildTreeRules) {
  const auto& prefix = runningInstallPrefix();
  return prefix ? *prefix / "share/aup-milter/rules" : buildTreeRules;
}

}  // namespace aup
