#pragma once
// RawMessage - the exact bytes of a message as received, in memory or spooled to a file.
//
// Large messages are spooled (by the milter's SpoolingBuffer, milter/spooling_buffer.h) so a
// burst of big mail cannot exhaust memory; the MIME parser reads spooled messages straight from
// the file.

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

}  // namespace aup
