#include "adapters/local_data_files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace aup {

std::optional<std::string> LocalDataFiles::read(const std::filesystem::path& file, std::string& why) const {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    why = "is a directory";
    return std::nullopt;
  }
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    why = errno != 0 ? std::strerror(errno) : "cannot open";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    why = "read error";
    return std::nullopt;
  }
  return std::move(text).str();
}

}  // namespace aup
