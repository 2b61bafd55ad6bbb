// fuzz_file_type - arbitrary bytes as an attachment and as its file name: extension parsing,
// the OLE2 macro check and libmagic typing. Must not crash; extensions must be what the
// dangerous-attachment policy compares against (lower case, 1-12 alphanumerics, no dots).

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "adapters/libmagic/libmagic_sniffer.h"
#include "scanners/dangerous_attachment/file_type.h"

namespace {

// One pool of libmagic handles for the run, as the milter keeps one.
const aup::LibmagicSniffer gLibmagic;

// Stops the run when an extension is not in the shape the policy's blocklist expects.
void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "file type contract broken: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const auto& ext : aup::extensionsOf(bytes)) {
    require(!ext.empty() && ext.size() <= 12, "1-12 characters");
    for (unsigned char c : ext) require(std::isalnum(c) && !std::isupper(c), "lower-case alphanumerics");
  }
  (void)aup::oleHasVbaProject(bytes);
  (void)gLibmagic.mimeTypeOf(bytes);
  return 0;
}
