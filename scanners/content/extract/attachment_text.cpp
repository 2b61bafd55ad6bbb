#include "scanners/content/extract/attachment_text.h"

#include <algorithm>
#include <cstring>

#include "engine/envelope.h"
#include "engine/text_util.h"
#include "scanners/content/extract/ciphertext.h"
#include "scanners/content/extract/html_text.h"
#include "scanners/content/extract/office_text.h"
#include "scanners/content/extract/pdf_text.h"
#include "scanners/content/extract/text_builder.h"
#include "scanners/content/extract/xml_text.h"

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

// The finished text of a builder as an extraction result (truncated when the builder cut it).
ExtractedText fromBuilder(TextBuilder& text, bool tabular) {
  ExtractedText out{ExtractStatus::Text, "", text.why(), tabular};
  out.truncated = text.truncated();
  out.text = text.take();
  return out;
}

// Plain text (already UTF-8) under the budget; complete PGP armour blocks are cut out, and a
// file that holds nothing else is PGP ciphertext.
ExtractedText plainText(std::string_view utf8, bool tabular, const ExtractLimits& limits, Deadline deadline) {
  bool armoured = false;
  std::string rest = withoutPgpArmour(utf8, armoured);
  if (armoured && rest.find_first_not_of(" \t\r\n") == std::string::npos)
    return {ExtractStatus::Encrypted, "", "PGP encrypted part", false};
  TextBuilder text(limits.maxTextBytes, deadline);
  text.append(rest);
  return fromBuilder(text, tabular);
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

namespace {

// What a part's label says: an S/MIME or PGP type, or a .p7m/.gpg/.pgp/.asc name.
bool claimsEncryption(const MimeLeaf& leaf, const std::string& ext) {
  const std::string& type = leaf.contentType;
  return type == "application/pkcs7-mime" || type == "application/x-pkcs7-mime" || type == "application/pgp-encrypted" ||
         ext == "p7m" || ext == "pgp" || ext == "gpg" || ext == "asc";
}

// Reads a part as the document its bytes, type and name say it is (no encryption claim).
ExtractedText readDocument(const MimeLeaf& leaf, const std::string& ext, const ExtractLimits& limits, Deadline deadline) {
  const std::string& type = leaf.contentType;
  std::string_view data = leaf.decoded;
  if (data.size() > limits.maxInputBytes) return {ExtractStatus::Unreadable, "", "attachment over the size limit", false};
  if (startsWith(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (isEncryptedOle2(data)) return {ExtractStatus::Encrypted, "", "password-protected Office document", false};
    bool legacyOffice = ext == "doc" || ext == "xls" || ext == "ppt" || ext == "docx" || ext == "xlsx" || ext == "pptx";
    return {legacyOffice ? ExtractStatus::Unreadable : ExtractStatus::NotText, "", "legacy Office format", false};
  }
  if (startsWith(data, "%PDF-") || ext == "pdf" || type == "application/pdf") return pdfText(data, limits, deadline);
  if (startsWith(data, "PK\x03\x04") || startsWith(data, "PK\x05\x06")) return zipDocumentText(data, ext, limits, deadline);
  if (type == "text/html" || ext == "html" || ext == "htm") {
    std::string html = leaf.text ? *leaf.text : toUtf8(data, leaf.charset);
    TextBuilder text(limits.maxTextBytes, deadline);
    text.append(htmlToText(html));
    return fromBuilder(text, false);
  }
  if (type == "application/xml" || type == "text/xml" || ext == "xml") {
    // An ILR return, a Common Transfer File, an MIS export: labelled lines ("ULN: ..."); a file
    // that does not parse as XML is still read as plain text.
    std::string labelled = leaf.text ? xmlToText(*leaf.text, "UTF-8") : xmlToText(data);
    if (labelled.empty()) return plainText(leaf.text ? *leaf.text : toUtf8(data, leaf.charset), false, limits, deadline);
    TextBuilder text(limits.maxTextBytes, deadline);
    text.append(labelled);
    return fromBuilder(text, false);
  }
  bool csv = type == "text/csv" || type == "application/csv" || ext == "csv" || ext == "tsv";
  if (type.rfind("text/", 0) == 0 || csv || ext == "txt")
    return plainText(leaf.text ? *leaf.text : toUtf8(data, leaf.charset), csv, limits, deadline);
  if (isImageOrMedia(type)) return {};
  if (ext == "rtf" || ext == "doc" || ext == "xls" || ext == "ppt" || ext == "odp")
    return {ExtractStatus::Unreadable, "", "format not supported for text extraction (." + ext + ")", false};
  // A file with no useful label ("export.dat", "pupils" with no extension) that is text is read
  // as text: an unknown name must not hide a list from the rules.
  if ((type.empty() || type == "application/octet-stream") && looksLikeText(data))
    return plainText(toUtf8(data, leaf.charset), false, limits, deadline);
  return {};
}

}  // namespace

ExtractedText extractClaimedCiphertext(const MimeLeaf& leaf, const ExtractLimits& limits, Deadline deadline) {
  std::string_view data = leaf.decoded;
  if (isCmsEnvelopedData(data)) return {ExtractStatus::Encrypted, "", "S/MIME encrypted part", false};
  if (isPgpCiphertext(data)) return {ExtractStatus::Encrypted, "", "PGP encrypted part", false};
  // The label lied: read the part as what it is; text under a binary label is still text.
  deadline = deadline.earliest(Deadline::after(limits.timeout));
  const std::string ext = extensionOf(leaf.filename);
  ExtractedText out = readDocument(leaf, ext, limits, deadline);
  if (out.status == ExtractStatus::NotText && data.size() <= limits.maxInputBytes && looksLikeText(data)) {
    bool csv = ext == "csv" || extensionOf(leaf.filename.substr(0, leaf.filename.rfind('.'))) == "csv";
    return plainText(toUtf8(data, leaf.charset), csv, limits, deadline);
  }
  return out;
}

ExtractedText extractAttachmentText(const MimeLeaf& leaf, const ExtractLimits& limits, Deadline deadline) {
  const std::string ext = extensionOf(leaf.filename);
  if (claimsEncryption(leaf, ext)) return extractClaimedCiphertext(leaf, limits, deadline);
  return readDocument(leaf, ext, limits, deadline.earliest(Deadline::after(limits.timeout)));
}

}  // namespace aup
