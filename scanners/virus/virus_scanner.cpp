#include "scanners/virus/virus_scanner.h"

#include <spdlog/spdlog.h>

namespace aup {

namespace {

constexpr const char* kPolicy = "virus";

std::string partName(const MimeLeaf& leaf) { return leaf.filename.empty() ? "part " + leaf.path : leaf.filename; }

}  // namespace

ClamavResult EmbeddedBackend::scanPart(std::string_view bytes, const std::string& name) const {
  // One reference per part: a reload swapping the engine mid-message never frees this one.
  ClamavEnginePtr engine = provider_->currentEngine();
  if (!engine) return {ClamavStatus::Error, "ClamAV engine not loaded"};
  return scanWithEngine(*engine, bytes, name, provider_->maxPartSize());
}

void VirusScanner::addScanError(const MimeLeaf& leaf, const std::string& why, ScanOutcome& outcome) const {
  if (settings_.onError == ScanErrorAction::Tempfail) {
    // The first error is enough to tempfail; later ones are appended for the log.
    std::string line = leaf.describe() + ": " + why;
    outcome.error = outcome.error ? *outcome.error + "; " + line : line;
    return;
  }
  Finding f;
  f.policy = kPolicy;
  f.rule = "scan-error";
  f.description = "The attachment " + partName(leaf) + " could not be checked for viruses, so the message is held "
                  "for the IT team to look at.";
  f.evidence = why;
  f.location = leaf.describe();
  f.advice = "Nothing to do: IT will release the message if it is safe.";
  f.actionOverride = Action::Quarantine;
  outcome.findings.push_back(std::move(f));
}

void VirusScanner::addResult(const MimeLeaf& leaf, const ClamavResult& result, ScanOutcome& outcome) const {
  if (result.status == ClamavStatus::Clean) return;
  if (result.status == ClamavStatus::Error) return addScanError(leaf, result.name, outcome);
  // Exceeded limits are a failure to scan, not an infection (the part may be fine).
  if (result.name.starts_with("Heuristics.Limits.Exceeded")) {
    return addScanError(leaf, "too large or too deeply nested to scan (" + result.name + ")", outcome);
  }
  Finding f;
  f.policy = kPolicy;
  f.evidence = result.name;
  f.location = leaf.describe();
  if (result.name.starts_with("Heuristics.Encrypted")) {
    if (settings_.encryptedArchives == EncryptedArchiveAction::Pass) return;
    f.rule = "encrypted-archive";
    f.description = "The attachment " + partName(leaf) + " is password-protected, so it cannot be checked for "
                    "viruses; the message is held for the IT team.";
    f.advice = "Send the file without a password, or share it through the school's file storage.";
    f.actionOverride = Action::Quarantine;
  } else {
    f.rule = "malware";
    f.description = "The attachment " + partName(leaf) + " contains a virus or other malware (" + result.name + ").";
    f.advice = "Do not open or forward the file; delete it and contact IT if you did open it.";
  }
  outcome.findings.push_back(std::move(f));
}

ScanOutcome VirusScanner::scan(const MessageView& message, const ScanContext& context) const {
  ScanOutcome outcome;
  for (const auto& leaf : message.leaves()) {
    // XXX checked between parts only: libclamav cannot be interrupted inside one, where
    // max_scan_time bounds it instead. The engine reports the message as not fully checked.
    if (context.deadline.expired()) break;
    if (leaf.decoded.empty()) continue;  // nothing to infect
    try {
      addResult(leaf, backend_->scanPart(leaf.decoded, leaf.filename), outcome);
    } catch (const std::exception& e) {  // bad_alloc from a huge part is the environment, not the mail
      addScanError(leaf, e.what(), outcome);
    }
  }
  return outcome;
}

namespace {

// Reads the engine limits and paths of [clamav].
ClamavEngineSettings readEngineSettings(ConfigReader& reader) {
  ClamavEngineSettings s;
  s.databaseDir = reader.getPath("clamav.database_dir", s.databaseDir.string());
  // Only the embedded demo config sets a fallback: a fresh offline machine has no freshclam
  // databases yet, and the README's "run it" command must still work, loudly.
  auto fallback = reader.getPath("clamav.fallback_database_dir", "");
  if (!fallback.empty() && !hasSignatureDatabases(s.databaseDir) && hasSignatureDatabases(fallback)) {
    if (!reader.demoAllowed()) {
      // A copied demo config must not quietly run production mail past a one-signature database.
      reader.error("clamav.fallback_database_dir",
                   "no ClamAV signatures in " + s.databaseDir.string() + ", and the bundled TEST database (EICAR only) "
                   "is used only by the embedded demo config or with aup-milter --demo: run freshclam "
                   "(docs/install.md, \"ClamAV signatures\") or point clamav.database_dir at your signatures");
      return s;
    }
    std::string warning = "WARNING: no ClamAV signatures in " + s.databaseDir.string() +
                          "; using the bundled TEST database in " + fallback.string() +
                          " (it detects only the EICAR test file). In production run freshclam "
                          "(apt-get install clamav-freshclam) and remove clamav.fallback_database_dir.";
    reader.warnInFile(reader.file(), 0, warning);
    spdlog::warn("{}", warning);
    s.databaseDir = fallback;
  }
  s.tmpDir = reader.getPath("clamav.tmp_dir", "");
  s.maxScanSize = reader.getSize("clamav.max_scan_size", s.maxScanSize, 1u << 20, 4ull << 30);
  s.maxFileSize = reader.getSize("clamav.max_file_size", s.maxFileSize, 1u << 16, 4ull << 30);
  s.maxRecursion = static_cast<std::uint32_t>(reader.getInt("clamav.max_recursion", s.maxRecursion, 1, 64));
  s.maxFiles = static_cast<std::uint32_t>(reader.getInt("clamav.max_files", s.maxFiles, 1, 1000000));
  auto seconds = reader.getDurationSeconds("clamav.max_scan_time", s.maxScanTimeMs / 1000, 1, 3600);
  if (seconds < 1 || seconds > 3600) reader.error("clamav.max_scan_time", "must be between 1s and 1h");
  else s.maxScanTimeMs = static_cast<std::uint32_t>(seconds * 1000);
  return s;
}

// Reads the clamd pool of [clamav] (always read, so the keys are known in either mode).
ClamdSettings readClamdSettings(ConfigReader& reader) {
  ClamdSettings s;
  auto sockets = reader.getStringList("clamav.clamd_sockets", {"unix:/run/clamav/clamd.ctl"});
  for (std::size_t i = 0; i < sockets.size(); ++i) {
    ClamdEndpoint e;
    std::string why;
    if (ClamdEndpoint::parse(sockets[i], e, why)) s.endpoints.push_back(e);
    else reader.error("clamav.clamd_sockets[" + std::to_string(i) + "]", "'" + sockets[i] + "': " + why);
  }
  s.connectTimeout = std::chrono::seconds(reader.getDurationSeconds("clamav.clamd_connect_timeout", 5, 1, 300));
  s.ioTimeout = std::chrono::seconds(reader.getDurationSeconds("clamav.clamd_timeout", 120, 1, 3600));
  return s;
}

}  // namespace

ScannerFactory virusScannerFactory() {
  return {kPolicy, [](ConfigReader& reader, const Settings& /*settings*/) -> ScannerPtr {
            std::string mode = reader.getChoice("clamav.mode", "embedded", {"embedded", "clamd"});
            VirusSettings v;
            v.onError = reader.getChoice("clamav.on_error", "tempfail", {"tempfail", "quarantine"}) == "quarantine"
                            ? ScanErrorAction::Quarantine
                            : ScanErrorAction::Tempfail;
            v.encryptedArchives =
                reader.getChoice("clamav.encrypted_archives", "quarantine", {"pass", "quarantine"}) == "pass"
                    ? EncryptedArchiveAction::Pass
                    : EncryptedArchiveAction::Quarantine;
            ClamavEngineSettings engine = readEngineSettings(reader);
            std::int64_t reloadSeconds = reader.getDurationSeconds("clamav.reload_check_interval", 60, 0, 86400);
            ClamdSettings clamd = readClamdSettings(reader);
            if (mode == "clamd") {
              if (clamd.endpoints.empty()) reader.error("clamav.clamd_sockets", "list at least one clamd socket");
              return std::make_unique<VirusScanner>(std::make_shared<ClamdBackend>(std::move(clamd)), v);
            }
            if (!reader.errors().empty()) return nullptr;  // do not compile signatures for a config that fails anyway
            try {
              auto service = acquireClamavEngineService(engine, reloadSeconds);
              return std::make_unique<VirusScanner>(std::make_shared<EmbeddedBackend>(std::move(service)), v);
            } catch (const ClamavLoadError& e) {
              reader.error("clamav.database_dir", e.what());
              return nullptr;
            }
          },
          {"clamav"}};
}

}  // namespace aup
