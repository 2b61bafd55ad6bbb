#pragma once
// ContentTypeSniffer - the real type of a file by its content. The production one (libmagic) is
// at the edge, adapters/libmagic/; the policy gets it through ScannerServices.

#include <string>
#include <string_view>

namespace aup {

class ContentTypeSniffer {
 public:
  virtual ~ContentTypeSniffer() = default;
  // MIME type from content ("application/vnd.microsoft.portable-executable"); "" when unknown.
  // Thread-safe.
  virtual std::string mimeTypeOf(std::string_view bytes) const = 0;
};

}  // namespace aup
