#include "scanners/virus/virus_scanner.h"

#include <spdlog/spdlog.h>

namespace aup {

namespace {

constexpr const char* kPolicy = "virus";

std::string partName(const MimeLeaf& leaf) { return leaf.filename.empty() ? "part " + leaf.path : leaf.filename; }

}  // namespace

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

using T = SettingType;

// clang-format off
constexpr Setting kVirusSettings[] = {
    {"clamav.mode", T::Choice, "embedded", {}, {}, "embedded|clamd",
     "`embedded`: libclamav in this process (one engine shared by all threads); `clamd`: send every part to clamd over INSTREAM (`clamd_sockets`). Same verdicts"},
    {"clamav.database_dir", T::Path, "/var/lib/clamav", {}, {}, {},
     "freshclam's directory; no signatures there (and no usable fallback) = the milter refuses to start: run `freshclam` first"},
    {"clamav.fallback_database_dir", T::Path, "", {}, {}, {},
     "demo only: used, with a loud warning, when `database_dir` holds no signatures, and only by the embedded config or `aup-milter --demo`. Remove it in production", {}, true},
    {"clamav.tmp_dir", T::Path, "", {}, {}, {},
     "private, writable directory for the members libclamav unpacks; `\"\"` = a private 0700 directory in `/dev/shm` when that is a tmpfs with room, else under `$TMPDIR`"},
    {"clamav.max_file_size", T::Size, "25M", "64k", "4G", {}, "largest part scanned; a larger part is a scan error"},
    {"clamav.max_scan_size", T::Size, "100M", "1M", "4G", {},
     "bytes scanned per part including unpacked members; also bounds each archive member"},
    {"clamav.max_recursion", T::Int, "16", "1", "64", {}, "archive/container depth"},
    {"clamav.max_files", T::Int, "10000", "1", "1000000", {}, "members per archive"},
    {"clamav.max_scan_time", T::Duration, "120s", "1s", "1h", {}, "scan time per part"},
    {"clamav.reload_check_interval", T::Duration, "60s", "0", "1d", {},
     "how often `database_dir` is checked for freshclam updates; a change compiles a new engine and swaps it in (`0` = never)"},
    {"clamav.on_error", T::Choice, "tempfail", {}, {}, "tempfail|quarantine",
     "a part that could not be fully scanned: `tempfail` (451) or `quarantine`"},
    {"clamav.encrypted_archives", T::Choice, "quarantine", {}, {}, "pass|quarantine",
     "password-protected zip/rar/7z/pdf: `quarantine` or `pass`"},
    {"clamav.clamd_sockets", T::StringList, "[\"unix:/run/clamav/clamd.ctl\"]", {}, {}, {},
     "clamd mode: `unix:/path` or `tcp:HOST:PORT`, tried round robin, failing over on connect and read errors"},
    {"clamav.clamd_connect_timeout", T::Duration, "5s", "1s", "5m", {}, "clamd mode: bound on one connect"},
    {"clamav.clamd_timeout", T::Duration, "120s", "1s", "1h", {}, "clamd mode: bound on the whole scan of one part"},
};
// clang-format on

const Setting& setting(std::string_view key) { return findSetting(kVirusSettings, key); }

// Reads the engine limits and paths of [clamav].
ClamavEngineSettings readEngineSettings(ConfigReader& reader, const VirusBackends& backends) {
  ClamavEngineSettings s;
  s.databaseDir = reader.getPath(setting("clamav.database_dir"));
  // Only the embedded demo config sets a fallback: a fresh offline machine has no freshclam
  // databases yet, and the README's "run it" command must still work, loudly.
  auto fallback = reader.getPath(setting("clamav.fallback_database_dir"));
  if (!fallback.empty() && !backends.hasSignatureDatabases(s.databaseDir) && backends.hasSignatureDatabases(fallback)) {
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
  s.tmpDir = reader.getPath(setting("clamav.tmp_dir"));
  s.maxScanSize = reader.getSize(setting("clamav.max_scan_size"));
  s.maxFileSize = reader.getSize(setting("clamav.max_file_size"));
  s.maxRecursion = static_cast<std::uint32_t>(reader.getInt(setting("clamav.max_recursion")));
  s.maxFiles = static_cast<std::uint32_t>(reader.getInt(setting("clamav.max_files")));
  s.maxScanTimeMs = static_cast<std::uint32_t>(reader.getDurationSeconds(setting("clamav.max_scan_time")) * 1000);
  return s;
}

// Reads the clamd pool of [clamav] (always read, so the keys are known in either mode).
ClamdSettings readClamdSettings(ConfigReader& reader) {
  ClamdSettings s;
  auto sockets = reader.getStringList(setting("clamav.clamd_sockets"));
  for (std::size_t i = 0; i < sockets.size(); ++i) {
    ClamdEndpoint e;
    std::string why;
    if (ClamdEndpoint::parse(sockets[i], e, why)) s.endpoints.push_back(e);
    else reader.error("clamav.clamd_sockets[" + std::to_string(i) + "]", "'" + sockets[i] + "': " + why);
  }
  s.connectTimeout = std::chrono::seconds(reader.getDurationSeconds(setting("clamav.clamd_connect_timeout")));
  s.ioTimeout = std::chrono::seconds(reader.getDurationSeconds(setting("clamav.clamd_timeout")));
  return s;
}

}  // namespace

ScannerFactory virusScannerFactory() {
  return {{{kPolicy, Action::Reject, Action::Reject}}, kVirusSettings, [](ConfigReader& reader, const Settings& /*settings*/, const ScannerServices& services) -> ScannerPtr {
            std::string mode = reader.getChoice(setting("clamav.mode"));
            VirusSettings v;
            v.onError = reader.getChoice(setting("clamav.on_error")) == "quarantine"
                            ? ScanErrorAction::Quarantine
                            : ScanErrorAction::Tempfail;
            v.encryptedArchives =
                reader.getChoice(setting("clamav.encrypted_archives")) == "pass"
                    ? EncryptedArchiveAction::Pass
                    : EncryptedArchiveAction::Quarantine;
            ClamavEngineSettings engine = readEngineSettings(reader, *services.virus);
            std::int64_t reloadSeconds = reader.getDurationSeconds(setting("clamav.reload_check_interval"));
            ClamdSettings clamd = readClamdSettings(reader);
            if (mode == "clamd") {
              if (clamd.endpoints.empty()) reader.error("clamav.clamd_sockets", "list at least one clamd socket");
              return std::make_unique<VirusScanner>(services.virus->clamd(clamd), v);
            }
            if (!reader.errors().empty()) return nullptr;  // do not compile signatures for a config that fails anyway
            try {
              return std::make_unique<VirusScanner>(services.virus->embedded(engine, reloadSeconds), v);
            } catch (const ClamavLoadError& e) {
              reader.error("clamav.database_dir", e.what());
              return nullptr;
            }
          }};
}

}  // namespace aup
