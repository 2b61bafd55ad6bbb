#include "milter/spooling_buffer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace aup {

std::size_t removeLeftoverSpoolFiles(const std::filesystem::path& spoolDir) {
  std::size_t removed = 0;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(spoolDir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code fileEc;
    // symlink_status: a link named like a spool file is not ours to follow.
    if (!std::filesystem::is_regular_file(it->symlink_status(fileEc))) continue;
    if (!it->path().filename().string().starts_with(kSpoolFilePrefix)) continue;
    if (std::filesystem::remove(it->path(), fileEc)) ++removed;
  }
  return removed;
}

SpoolingBuffer::SpoolingBuffer(std::size_t memoryThreshold, std::filesystem::path spoolDir)
    : threshold_(memoryThreshold), spoolDir_(std::move(spoolDir)) {}

SpoolingBuffer::~SpoolingBuffer() {
  if (fd_ >= 0) ::close(fd_);
  if (!filePath_.empty()) {
    std::error_code ec;
    std::filesystem::remove(filePath_, ec);
  }
}

static void writeAll(int fd, std::string_view data, const std::filesystem::path& path) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("cannot write spool file " + path.string() + ": " + std::strerror(errno));
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void SpoolingBuffer::append(std::string_view chunk) {
  size_ += chunk.size();
  if (fd_ < 0 && memory_.size() + chunk.size() <= threshold_) {
    memory_.append(chunk);
    return;
  }
  if (fd_ < 0) {
    std::string pattern = (spoolDir_ / (std::string(kSpoolFilePrefix) + "XXXXXX")).string();
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) {
      throw std::runtime_error("cannot create spool file in " + spoolDir_.string() + ": " + std::strerror(errno));
    }
    filePath_ = pattern;
    writeAll(fd_, memory_, filePath_);
    memory_.clear();
    memory_.shrink_to_fit();
  }
  writeAll(fd_, chunk, filePath_);
}

RawMessage SpoolingBuffer::finish() {
  size_ = 0;
  if (fd_ < 0) return RawMessage::inMemory(std::exchange(memory_, {}));
  ::close(fd_);
  fd_ = -1;
  return RawMessage::inFile(std::exchange(filePath_, {}), /*removeOnDestroy=*/true);
}

}  // namespace aup
