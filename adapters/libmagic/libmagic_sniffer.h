#pragma once
// LibmagicSniffer - ContentTypeSniffer backed by libmagic, with a small pool of handles shared by
// every scanning thread (a handle is not thread-safe).

#include <memory>

#include "scanners/dangerous_attachment/content_type_sniffer.h"

namespace aup {

class MagicPool;

class LibmagicSniffer final : public ContentTypeSniffer {
 public:
  LibmagicSniffer();
  ~LibmagicSniffer() override;
  std::string mimeTypeOf(std::string_view bytes) const override;

 private:
  std::unique_ptr<MagicPool> pool_;
};

}  // namespace aup
