#include "scanners/dangerous_attachment/zip_listing.h"

#include <zip.h>

#include <algorithm>
#include <memory>

namespace aup {

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Reads at most `limit` bytes of member `index`; "" when it cannot be opened (encrypted, damaged).
std::string readMember(zip_t* archive, zip_uint64_t index, std::size_t limit) {
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, index, 0));
  if (!file) return "";
  std::string out(limit, '\0');
  std::size_t got = 0;
  while (got < limit) {
    zip_int64_t n = zip_fread(file.get(), out.data() + got, limit - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.resize(got);
  return out;
}

// Records that not every member was listed, and the first reason why.
void markTruncated(ZipListing& out, std::string why) {
  if (!out.truncated) out.truncatedReason = std::move(why);
  out.truncated = true;
}

void listLevel(std::string_view bytes, const std::string& prefix, int depth, const ZipLimits& limits, Deadline deadline,
               ZipListing& out) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    return;
  }
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (out.members.size() >= limits.maxEntries)
      return markTruncated(out, "more than " + std::to_string(limits.maxEntries) + " entries (max_archive_entries)");
    if (deadline.expired()) return markTruncated(out, "stopped at the message's time budget");
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), index, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) continue;
    ZipMember m;
    m.name = st.name;
    m.path = prefix + m.name;
    m.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
    if (!m.encrypted && !m.name.ends_with('/')) {
      if (out.bytesRead < limits.maxTotalBytes) {
        m.head = readMember(archive.get(), index, std::min(limits.headBytes, limits.maxTotalBytes - out.bytesRead));
        out.bytesRead += m.head.size();
      } else if ((st.valid & ZIP_STAT_SIZE) && st.size > 0) {  // listed by name, but its type is never seen
        markTruncated(out, "more than " + std::to_string(limits.maxTotalBytes >> 20) + " MiB to read");
      }
    }
    bool nested = looksLikeZip(m.head);
    std::string path = m.path;
    out.members.push_back(std::move(m));
    if (!nested) continue;
    std::size_t budget = std::min(limits.maxNestedBytes, limits.maxTotalBytes - std::min(out.bytesRead, limits.maxTotalBytes));
    if (depth + 1 >= limits.maxDepth) {
      markTruncated(out, "zips nested more than " + std::to_string(limits.maxDepth) + " deep (max_archive_depth)");
      continue;
    }
    if (((st.valid & ZIP_STAT_SIZE) && st.size > budget) || budget == 0) {
      markTruncated(out, path + " is too large to open");
      continue;
    }
    std::string inner = readMember(archive.get(), index, budget);
    out.bytesRead += inner.size();
    listLevel(inner, path + "/", depth + 1, limits, deadline, out);
  }
}

}  // namespace

bool looksLikeZip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

ZipListing listZip(std::string_view bytes, const ZipLimits& limits, Deadline deadline) {
  ZipListing out;
  listLevel(bytes, "", 0, limits, deadline, out);
  return out;
}

}  // namespace aup
