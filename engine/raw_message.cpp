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

}  // namespace aup
