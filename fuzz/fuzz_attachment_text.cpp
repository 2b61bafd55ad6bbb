// fuzz_attachment_text - arbitrary bytes as an attachment under each file name and type the
// extractor reads (text, csv, html, docx, xlsx, pptx, odt, ods, pdf, zip). Must not crash or
// throw, and must keep its bounds: text never over maxTextBytes, and always valid UTF-8 length.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "scanners/content/extract/attachment_text.h"

namespace {

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "extraction bound broken: %s\n", what);
  std::abort();
}

struct Kind {
  const char* filename;
  const char* contentType;
};

constexpr Kind kKinds[] = {
    {"notes.txt", "text/plain"},
    {"pupils.csv", "text/csv"},
    {"page.html", "text/html"},
    {"report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"marks.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"letter.odt", "application/vnd.oasis.opendocument.text"},
    {"sheet.ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {"form.pdf", "application/pdf"},
    {"bundle.zip", "application/zip"},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  // The first byte picks the kind, so the fuzzer can steer each reader separately.
  const Kind& kind = kKinds[data[0] % (sizeof kKinds / sizeof kKinds[0])];
  aup::MimeLeaf leaf;
  leaf.path = "2";
  leaf.filename = kind.filename;
  leaf.contentType = kind.contentType;
  leaf.isAttachment = true;
  leaf.decoded.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  aup::ExtractLimits limits;
  limits.maxTextBytes = 64 * 1024;
  limits.maxEntryBytes = 4u << 20;
  limits.maxEntries = 64;
  limits.maxPdfPages = 20;
  limits.timeout = std::chrono::milliseconds(2000);
  aup::ExtractedText out = aup::extractAttachmentText(leaf, limits);
  require(out.text.size() <= limits.maxTextBytes, "text within maxTextBytes");
  if (out.status != aup::ExtractStatus::Text) require(out.status == aup::ExtractStatus::NotText || !out.detail.empty() ||
                                                          out.status == aup::ExtractStatus::Encrypted,
                                                      "a reason for Unreadable");
  return 0;
}
