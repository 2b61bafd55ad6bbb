#pragma once
// dangerous-attachment - no programs by mail (CT Skills/JET: "do not download programs";
// ITEC: attachments are the virus route). Rules:
//   blocked-type       the content is an executable/script/installer whatever the name says
//   blocked-extension  the name ends in a blocked extension (.exe, .js, .msi, .docm ...)
//   double-extension   a blocked extension disguised behind a harmless one ("report.pdf.exe")
//   macro-document     an Office file that carries macros (vbaProject in OOXML, _VBA_PROJECT in OLE2)
//   archive-not-checked  a zip whose listing stopped at max_archive_entries, max_archive_depth or a
//                      size/time limit: what was not listed was never checked, so it is held
//                      (quarantine) rather than passed
// Each rule also applies to members of zip attachments, including zips inside zips (bounded).
// The reply names the file and the reason.

#include <memory>
#include <set>
#include <string>

#include "engine/scanner.h"
#include "scanners/dangerous_attachment/content_type_sniffer.h"
#include "scanners/dangerous_attachment/zip_listing.h"
#include "scanners/scanner_factory.h"

namespace aup {

struct DangerousAttachmentSettings {
  std::set<std::string> blockedExtensions;  // lower case, no dot
  std::set<std::string> blockedTypes;       // libmagic MIME types
  bool blockMacros = true;
  bool scanArchives = true;
  ZipLimits zipLimits;
};

// The defaults shipped in config/aup-milter.toml.
DangerousAttachmentSettings defaultDangerousAttachmentSettings();

class DangerousAttachmentScanner final : public Scanner {
 public:
  // `contentTypes` gives the real type of a file (libmagic in production).
  DangerousAttachmentScanner(DangerousAttachmentSettings settings, std::shared_ptr<const ContentTypeSniffer> contentTypes);
  std::string_view policyId() const override { return "dangerous-attachment"; }
  ScanOutcome scan(const MessageView& message, const ScanContext& context) const override;

 private:
  // Checks one file (a part or a zip member); returns the finding, if any.
  std::optional<Finding> checkFile(const std::string& name, std::string_view content, const std::string& location,
                                   const std::vector<std::string>& memberNames) const;
  void checkZip(const MimeLeaf& leaf, Deadline deadline, ScanOutcome& outcome) const;

  DangerousAttachmentSettings settings_;
  std::shared_ptr<const ContentTypeSniffer> contentTypes_;
  // No blocked text type besides the script types isTextWithoutScriptStart() knows: plain text
  // need not go through libmagic.
  bool skipTypingOfText_ = false;
};

// Reads [policy.dangerous-attachment] blocked_extensions, blocked_types, block_macros,
// scan_archives, max_archive_entries, max_archive_depth.
ScannerFactory dangerousAttachmentScannerFactory();

}  // namespace aup
