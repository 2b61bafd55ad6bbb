#pragma once
// ZipListing - names (and the first bytes) of the members of a zip held in memory, descending
// into zips inside zips, with hard bounds so a zip bomb costs at most a few MB of reads.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/deadline.h"

namespace aup {

struct ZipLimits {
  std::size_t maxEntries = 1000;          // members listed across all levels
  int maxDepth = 3;                        // zip inside zip inside zip
  std::size_t headBytes = 8192;            // bytes read from each member for its real type
  std::size_t maxNestedBytes = 16u << 20;  // a member zip larger than this is listed by name only
  std::size_t maxTotalBytes = 64u << 20;   // decompressed bytes read across the whole listing
};

struct ZipMember {
  std::string path;      // "outer.zip/inner/setup.exe" style: enclosing zips, then the name
  std::string name;      // name inside its own zip
  std::string head;      // first headBytes of the content ("" when encrypted or unreadable)
  bool encrypted = false;
};

struct ZipListing {
  std::vector<ZipMember> members;
  bool truncated = false;  // a limit was hit: not every member was listed (or typed)
  std::string truncatedReason;  // the first limit hit ("more than 1000 entries (max_archive_entries)")
  std::size_t bytesRead = 0;  // decompressed bytes read (bounded by maxTotalBytes)
};

// True when `bytes` starts like a zip (local file header or empty-archive record).
bool looksLikeZip(std::string_view bytes);

// Lists a zip; a damaged zip yields what could be read (possibly nothing). Stops, truncated, at
// any limit or at `deadline`.
ZipListing listZip(std::string_view bytes, const ZipLimits& limits, Deadline deadline = Deadline::never());

}  // namespace aup
