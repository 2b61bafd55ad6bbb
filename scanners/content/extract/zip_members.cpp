#include "scanners/content/extract/zip_members.h"

#include <chrono>
#include <memory>

#include <zip.h>

#include "engine/text_util.h"

namespace aup {
namespace {

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};

std::string extensionOf(const std::string& name) {
  auto dot = name.rfind('.');
  auto slash = name.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return toLowerAscii(name.substr(dot + 1));
}

// The content type a member would have had as an attachment, from its extension.
std::string typeFor(const std::string& ext) {
  if (ext == "txt" || ext == "text" || ext == "md") return "text/plain";
  if (ext == "csv") return "text/csv";
  if (ext == "tsv") return "text/tab-separated-values";
  if (ext == "htm" || ext == "html") return "text/html";
  if (ext == "xml") return "application/xml";
  if (ext == "eml") return "message/rfc822";
  return "application/octet-stream";
}

}  // namespace

std::vector<ZipMemberText> extractZipMembers(std::string_view data, const ExtractLimits& limits, Deadline deadline,
                                              int depth) {
  std::vector<ZipMemberText> out;
  if (depth <= 0) return out;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(data.data(), data.size(), 0, &error);
  if (!src) return out;
  std::unique_ptr<zip_t, ZipDiscard> archive(zip_open_from_source(src, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(src);
    return out;
  }
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0) return out;
  deadline = deadline.earliest(Deadline::after(limits.timeout));
  std::uint64_t textBytes = 0;
  if (static_cast<std::uint64_t>(count) > limits.maxEntries) {
    // Members past the limit are never read: the archive as a whole is "cannot check" (fail closed).
    out.push_back({"(archive)", {ExtractStatus::Unreadable, "", "more members than max_archive_entries", false}});
  }
  for (zip_int64_t i = 0; i < count && static_cast<std::uint64_t>(i) < limits.maxEntries; ++i) {
    zip_stat_t st;
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name) continue;
    std::string name = st.name;
    if (name.empty() || name.back() == '/' || name.rfind("__MACOSX/", 0) == 0) continue;
    ZipMemberText member{name, {}};
    if (deadline.expired() || textBytes >= limits.maxTextBytes) {
      member.text = {ExtractStatus::Unreadable, "", "archive over the time or text limit", false};
      out.push_back(std::move(member));
      break;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      member.text = {ExtractStatus::Encrypted, "", "password-protected zip member", false};
      out.push_back(std::move(member));
      continue;
    }
    std::uint64_t ratioCap = std::max<std::uint64_t>(st.comp_size, 1) * limits.maxExpansionRatio + 4096;
    if (st.size > limits.maxEntryBytes || st.size > limits.maxInputBytes || st.size > ratioCap) {
      member.text = {ExtractStatus::Unreadable, "", "zip member over the size or expansion limit", false};
      out.push_back(std::move(member));
      continue;
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0),
                                                        zip_fclose);
    if (!f) continue;
    MimeLeaf leaf;
    leaf.path = name;
    leaf.filename = name.substr(name.rfind('/') == std::string::npos ? 0 : name.rfind('/') + 1);
    leaf.isAttachment = true;
    leaf.decoded.assign(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t n = zip_fread(f.get(), leaf.decoded.data(), leaf.decoded.size());
    if (n < 0) continue;
    leaf.decoded.resize(static_cast<std::size_t>(n));
    std::string ext = extensionOf(name);
    leaf.contentType = typeFor(ext);
    if (ext == "zip") {
      for (auto& inner : extractZipMembers(leaf.decoded, limits, deadline, depth - 1)) {
        inner.name = name + "/" + inner.name;
        textBytes += inner.text.text.size();
        out.push_back(std::move(inner));
      }
      continue;
    }
    member.text = extractAttachmentText(leaf, limits, deadline);
    textBytes += member.text.text.size();
    out.push_back(std::move(member));
  }
  return out;
}

}  // namespace aup
