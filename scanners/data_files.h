#pragma once
// DataFiles - how a policy reads the data files its config names (the roster, rule files, the
// anonymous-domain list) at load time. The production one reads the local file system
// (adapters/local_data_files.h); tests can hand in text without touching the disk.

#include <filesystem>
#include <optional>
#include <string>

namespace aup {

class DataFiles {
 public:
  virtual ~DataFiles() = default;
  // The whole file, or nullopt with `why` set to the reason it cannot be read ("No such file or
  // directory", "Permission denied").
  virtual std::optional<std::string> read(const std::filesystem::path& file, std::string& why) const = 0;
};

}  // namespace aup
