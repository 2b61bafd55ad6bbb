// fuzz_zip_listing - arbitrary bytes as a zip attachment: listZip (libzip underneath, zips in
// zips) with small limits. Must not crash, and must keep its bounds: at most maxEntries members,
// at most headBytes read from each.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "scanners/dangerous_attachment/zip_listing.h"

namespace {

// Stops the run when listZip breaks a bound it promises.
void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "zip listing bound broken: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  aup::ZipLimits limits;
  limits.maxEntries = 64;
  limits.maxDepth = 3;
  limits.headBytes = 512;
  limits.maxNestedBytes = 1u << 20;
  (void)aup::looksLikeZip(bytes);
  aup::ZipListing listing = aup::listZip(bytes, limits);
  require(listing.members.size() <= limits.maxEntries, "at most maxEntries members");
  for (const auto& m : listing.members) {
    require(m.head.size() <= limits.headBytes, "at most headBytes per member");
    require(!m.encrypted || m.head.empty(), "nothing read from an encrypted member");
  }
  return 0;
}
