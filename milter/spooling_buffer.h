#pragma once
// SpoolingBuffer - collects a message as the MTA sends it, in memory up to a threshold and in a
// private temp file beyond it, so a burst of big mail cannot exhaust memory. Writing the spool
// is the milter's I/O; the engine only reads the finished RawMessage.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "engine/raw_message.h"

namespace aup {

// Spool files are named kSpoolFilePrefix + 6 random characters (mkstemp) in the spool directory.
inline constexpr const char* kSpoolFilePrefix = "aup-spool-";

// Removes spool files a crashed process left in `spoolDir` (regular files named kSpoolFilePrefix*,
// nothing else). Call at start, before any message is received: a live spool file of this
// process would be removed too. Returns how many were removed; a missing directory is none.
std::size_t removeLeftoverSpoolFiles(const std::filesystem::path& spoolDir);

// SpoolingBuffer - collects a message in chunks, moving to a temp file past a threshold.
class SpoolingBuffer {
 public:
  SpoolingBuffer(std::size_t memoryThreshold, std::filesystem::path spoolDir);
  ~SpoolingBuffer();
  SpoolingBuffer(const SpoolingBuffer&) = delete;
  SpoolingBuffer& operator=(const SpoolingBuffer&) = delete;

  // Throws std::runtime_error when the spool file cannot be written (the caller tempfails).
  void append(std::string_view chunk);
  std::size_t size() const { return size_; }
  // Hands the collected bytes over; the buffer is empty afterwards.
  RawMessage finish();

 private:
  std::size_t threshold_;
  std::filesystem::path spoolDir_;
  std::string memory_;
  std::filesystem::path filePath_;
  int fd_ = -1;
  std::size_t size_ = 0;
};

}  // namespace aup
