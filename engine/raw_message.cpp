#include "engine/raw_message.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace aup {

RawMessage RawMessage::inMemory(std::string bytes) {
  RawMessage m;
  m.bytes_ = std::move(bytes);
  return m;
}

RawMessage RawMessage::inFile(std::filesystem::path path, bool removeOnDestroy) {
  RawMessage m;
  m.path_ = std::move(path);
  m.removeOnDestroy_ = removeOnDestroy;
  return m;
}

RawMessage::RawMessage(RawMessage&& other) noexcept
    : bytes_(std::move(other.bytes_)), path_(std::move(other.path_)), removeOnDestroy_(other.removeOnDestroy_) {
  other.path_.clear();
  other.removeOnDestroy_ = false;
}

RawMessage& RawMessage::operator=(RawMessage&& other) noexcept {
  if (this != &other) {
    if (removeOnDestroy_ && !path_.empty()) {
      std::error_code ec;
      std::filesystem::remove(path_, ec);
    }
    bytes_ = std::move(other.bytes_);
    path_ = std::move(other.path_);
    removeOnDestroy_ = other.removeOnDestroy_;
    other.path_.clear();
    other.removeOnDestroy_ = false;
  }
  return *this;
}

RawMessage::~RawMessage() {
  if (removeOnDestroy_ && !path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
}

std::size_t RawMessage::size() const {
  if (!isSpooled()) return bytes_.size();
  std::error_code ec;
  auto n = std::filesystem::file_size(path_, ec);
  return ec ? 0 : static_cast<std::size_t>(n);
}

std::string RawMessage::readAll() const {
  if (!isSpooled()) return bytes_;
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read spooled message " + path_.string());
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

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
