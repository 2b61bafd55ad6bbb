#pragma once
// LocalDataFiles - DataFiles on the local file system.

#include "scanners/data_files.h"

namespace aup {

class LocalDataFiles final : public DataFiles {
 public:
  std::optional<std::string> read(const std::filesystem::path& file, std::string& why) const override;
};

}  // namespace aup
