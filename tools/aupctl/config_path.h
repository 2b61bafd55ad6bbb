#pragma once
// Which aup-milter config an aupctl command reads, and its core settings.

#include <filesystem>
#include <string>

#include "config/settings.h"

namespace aup {

// --config when given, else /etc/aup-milter/aup-milter.toml when present, else the embedded default.
std::filesystem::path resolveConfigPath(const std::string& option);

// The core settings of `file` (every policy's keys accepted); throws std::runtime_error listing
// every error when the file is not usable.
Settings loadCoreSettings(const std::filesystem::path& file);

}  // namespace aup
