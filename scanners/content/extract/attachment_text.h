#pragma once
// Attachment text extraction for content rules: text/plain, text/csv, text/html, OOXML
// (.docx .xlsx .pptx), ODF (.odt .ods) and PDF, plus detection of encrypted containers
// (password ZIP, OOXML EncryptedPackage in OLE2, PDF /Encrypt, S/MIME and PGP files).
//
// Contract: bounded by ExtractLimits (input size, zip entries, per-entry size, expansion ratio,
// output size, wall time, and for PDF the memory of the child process that reads it: see
// pdf_text.h); never throws and never crashes on hostile input: what cannot be read comes back
// as Unreadable with a reason.

#include <chrono>
#include <cstdint>
#include <string>

#include "engine/deadline.h"
#include "engine/message_view.h"

namespace aup {

struct ExtractLimits {
  std::uint64_t maxInputBytes = 20u << 20;    // larger attachments are not opened
  std::uint64_t maxEntries = 1000;            // zip members examined
  std::uint64_t maxEntryBytes = 32u << 20;    // one decompressed member
  std::uint64_t maxExpansionRatio = 100;      // decompressed / compressed, per member
  std::uint64_t maxTextBytes = 8u << 20;      // text kept per attachment
  std::chrono::milliseconds timeout{10000};   // per attachment
  std::size_t maxPdfPages = 500;
  std::uint64_t maxPdfMemoryBytes = 512u << 20;  // address space a PDF reader process may add
};

enum class ExtractStatus {
  Text,        // text was extracted (possibly empty)
  NotText,     // nothing to read by design (image, audio, unknown binary)
  Encrypted,   // an encrypted container: its data is protected
  Unreadable,  // a document we should read but could not (corrupt, over a limit, legacy format)
};

struct ExtractedText {
  ExtractStatus status = ExtractStatus::NotText;
  std::string text;    // UTF-8
  std::string detail;  // why Encrypted / Unreadable ("password-protected zip", "too large")
  bool tabular = false;  // rows and columns (csv, xlsx, ods): a header row labels every row
  // Status Text, but not all of it: max_text_size, the page limit or a deadline cut it short
  // (detail says which). What was not read may be the data, so outbound mail is held.
  bool truncated = false;
};

// Extracts the text of one attachment leaf (decoded bytes, filename and content type), within
// limits.timeout and `deadline` (the message's budget), whichever comes first. A part whose
// type or name claims encryption goes through extractClaimedCiphertext().
ExtractedText extractAttachmentText(const MimeLeaf& leaf, const ExtractLimits& limits,
                                    Deadline deadline = Deadline::never());

// For a part something claims is ciphertext (its type, its name, or a multipart/encrypted
// parent): Encrypted only when the bytes are (CMS envelopedData, PGP armour or packets);
// otherwise the part is read as if no claim had been made, and text under a binary label is
// still read as text.
ExtractedText extractClaimedCiphertext(const MimeLeaf& leaf, const ExtractLimits& limits, Deadline deadline);

// Cuts `text` to at most `max` bytes without splitting a UTF-8 sequence.
void truncateUtf8(std::string& text, std::size_t max);

}  // namespace aup
