#pragma once
// virus - no malware in or out ("vigilant about the risk of virus infection from files attached
// to e-mails", ITEC; CT Skills/JET: "not open any attachments unless you trust the sender").
// Rules: malware (a signature matched), encrypted-archive (cannot be scanned), scan-error.
//
// Every decoded leaf part (attachments, bodies, parts of embedded messages) is scanned whole
// from memory; archives inside are unpacked by ClamAV itself within the configured limits.
// Backends: libclamav in-process (a shared, background-reloaded engine) or a clamd pool; the
// verdicts are the same either way.

#include <memory>
#include <string>
#include <string_view>

#include "engine/scanner.h"
#include "scanners/scanner_factory.h"
#include "scanners/virus/virus_backend.h"

namespace aup {

enum class ScanErrorAction {
  Tempfail,    // 451: the sender retries; nothing is accepted unscanned
  Quarantine,  // accept and hold for an admin
};

enum class EncryptedArchiveAction {
  Pass,        // cannot be scanned: deliver (the dangerous-attachment policy still lists names)
  Quarantine,  // hold for an admin
};

struct VirusSettings {
  ScanErrorAction onError = ScanErrorAction::Tempfail;
  EncryptedArchiveAction encryptedArchives = EncryptedArchiveAction::Quarantine;
};

class VirusScanner final : public Scanner {
 public:
  VirusScanner(std::shared_ptr<const PartScanBackend> backend, VirusSettings settings)
      : backend_(std::move(backend)), settings_(settings) {}
  std::string_view policyId() const override { return "virus"; }
  ScanOutcome scan(const MessageView& message, const ScanContext& context) const override;

 private:
  void addResult(const MimeLeaf& leaf, const ClamavResult& result, ScanOutcome& outcome) const;
  void addScanError(const MimeLeaf& leaf, const std::string& why, ScanOutcome& outcome) const;

  std::shared_ptr<const PartScanBackend> backend_;
  VirusSettings settings_;
};

// Reads [clamav] (mode, database_dir, tmp_dir, limits, reload_check_interval, on_error,
// encrypted_archives, clamd_sockets, clamd_connect_timeout, clamd_timeout).
ScannerFactory virusScannerFactory();

}  // namespace aup
