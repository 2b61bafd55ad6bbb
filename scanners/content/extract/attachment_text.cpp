#include "scanners/content/extract/attachment_text.h"

#include <algorithm>
#include <cstring>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "engine/envelope.h"
#include "engine/text_util.h"
#include "scanners/content/extract/html_text.h"
#include "scanners/content/extract/office_text.h"

namespace aup {
namespace {

std::string extensionOf(const std::string& filename) {
  auto dot = filename.rfind('.');
  return dot == std::string::npos ? "" : toLowerAscii(filename.substr(dot + 1));
}

bool startsWith(std::string_view data, std::string_view magic) { return data.substr(0, magic.size()) == magic; }

// OLE2/CFB with an "EncryptedPackage" stream (UTF-16LE directory name): a password Office file.
bool isEncryptedOle2(std::string_view data) {
  static const std::string kName = [] {
    std::string s;
    for (char c : std::string_view("EncryptedPackage")) {
      s += c;
      s += '\0';
    }
    return s;
  }();
  return data.find(kName) != std::string_view::npos;
}

void silencePoppler() {
  static const bool once = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)once;
}

ExtractedText pdfText(std::string_view data, const ExtractLimits& limits) {
  silencePoppler();
  ExtractedText out;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) return {ExtractStatus::Unreadable, "", "PDF could not be parsed", false};
  if (doc->is_encrypted() || doc->is_locked()) return {ExtractStatus::Encrypted, "", "encrypted PDF", false};
  auto deadline = std::chrono::steady_clock::now() + limits.timeout;
  int pages = std::min<int>(doc->pages(), static_cast<int>(limits.maxPdfPages));
  out.status = ExtractStatus::Text;
  for (int i = 0; i < pages; ++i) {
    if (std::chrono::steady_clock::now() > deadline) return {ExtractStatus::Unreadable, "", "PDF took too long", false};
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    auto bytes = page->text().to_utf8();
    out.text.append(bytes.begin(), bytes.end());
    out.text += '\n';
    if (out.text.size() > limits.maxTextBytes) {
      truncateUtf8(out.text, limits.maxTextBytes);
      break;
    }
  }
  return out;
}

bool isImageOrMedia(const std::string& type) {
  return type.rfind("image/", 0) == 0 || type.rfind("audio/", 0) == 0 || type.rfind("video/", 0) == 0;
}

}  // namespace

void truncateUtf8(std::string& text, std::size_t max) {
  if (text.size() <= max) return;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
}

bool hasInlinePgpMessage(std::string_view text) {
  auto pos = text.find("-----BEGIN PGP MESSAGE-----");
  return pos != std::string_view::npos && (pos == 0 || text[pos - 1] == '\n');
}

ExtractedText extractAttachmentText(const MimeLeaf& leaf, const ExtractLimits& limits) {
  const std::string ext = extensionOf(leaf.filename);
  const std::string& type = leaf.contentType;
  std::string_view data = leaf.decoded;
  // Encrypted containers first: S/MIME, PGP files and armour.
  if (type == "application/pkcs7-mime" || type == "application/x-pkcs7-mime" || ext == "p7m")
    return {ExtractStatus::Encrypted, "", "S/MIME encrypted part", false};
  if (type == "application/pgp-encrypted" || ext == "pgp" || ext == "gpg" || hasInlinePgpMessage(data))
    return {ExtractStatus::Encrypted, "", "PGP encrypted part", false};
  if (data.size() > limits.maxInputBytes) return {ExtractStatus::Unreadable, "", "attachment over the size limit", false};
  if (startsWith(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (isEncryptedOle2(data)) return {ExtractStatus::Encrypted, "", "password-protected Office document", false};
    bool legacyOffice = ext == "doc" || ext == "xls" || ext == "ppt" || ext == "docx" || ext == "xlsx" || ext == "pptx";
    return {legacyOffice ? ExtractStatus::Unreadable : ExtractStatus::NotText, "", "legacy Office format", false};
  }
  if (startsWith(data, "%PDF-") || ext == "pdf" || type == "application/pdf") return pdfText(data, limits);
  if (startsWith(data, "PK\x03\x04") || startsWith(data, "PK\x05\x06")) return zipDocumentText(data, ext, limits);
  if (type == "text/html" || ext == "html" || ext == "htm") {
    std::string html = leaf.text ? *leaf.text : toUtf8(data, leaf.charset);
    return {ExtractStatus::Text, htmlToText(html), "", false};
  }
  bool csv = type == "text/csv" || type == "application/csv" || ext == "csv" || ext == "tsv";
  if (type.rfind("text/", 0) == 0 || csv || ext == "txt") {
    std::string text = leaf.text ? *leaf.text : toUtf8(data, leaf.charset);
    truncateUtf8(text, limits.maxTextBytes);
    return {ExtractStatus::Text, std::move(text), "", csv};
  }
  if (isImageOrMedia(type)) return {};
  if (ext == "rtf" || ext == "doc" || ext == "xls" || ext == "ppt" || ext == "odp")
    return {ExtractStatus::Unreadable, "", "format not supported for text extraction (." + ext + ")", false};
  return {};
}

}  // namespace aup
