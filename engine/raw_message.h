#pragma once
// RawMessage - the exact bytes of a message as received, in memory or spooled to a file.
//
// Large messages are spooled so a burst of big mail cannot exhaust memory; the MIME parser reads
// spooled messages straight from the file.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace aup {

class RawMessage {
 public:
  static RawMessage inMemory(std::string bytes);
  // A file that already holds the message; removeOnDestroy makes this object own a temp spool file.
  static RawMessage inFile(std::filesystem::path path, bool removeOnDestroy);

  RawMessage(RawMessage&&) noexcept;
  RawMessage& operator=(RawMessage&&) noexcept;
  RawMessage(const RawMessage&) = delete;
  RawMessage& operator=(const RawMessage&) = delete;
  ~RawMessage();

  bool isSpooled() const { return !path_.empty(); }
  const std::filesystem::path& spoolPath() const { return path_; }
  std::size_t size() const;
  // The whole message; reads the spool file when spooled (callers that only need part of it should not).
  std::string readAll() const;
  // In-memory bytes; empty when spooled.
  std::string_view memory() const { return bytes_; }

 private:
  RawMessage() = default;
  std::string bytes_;
  std::filesystem::path path_;
  bool removeOnDestroy_ = false;
};

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
