#pragma once
// The web UI's files (console/web/), built into the program (console/embed_assets.cmake): no CDN,
// nothing read from disk at run time, and only these exact paths exist.

#include <string_view>

namespace aup::console {

struct StaticAsset {
  std::string_view path;         // "/index.html"
  std::string_view contentType;  // "text/html; charset=utf-8"
  std::string_view body;
};

// The asset at exactly `path`, or nullptr.
const StaticAsset* findStaticAsset(std::string_view path);

}  // namespace aup::console
