#pragma once
// What the virus policy needs from ClamAV, as data and interfaces only. The implementations
// (libclamav in-process, the clamd socket client) live at the edge, in adapters/clamav/; the
// milter and aupctl construct them and hand them to the policy through ScannerServices, so this
// folder links no libclamav and opens no socket, and tests can scan with a fake.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

// Limits and paths an embedded engine is compiled with ([clamav] section). Equal settings share
// one engine.
struct ClamavEngineSettings {
  std::filesystem::path databaseDir = "/var/lib/clamav";
  std::filesystem::path tmpDir;            // parent of the private aup-clamav-XXXXXX dir ("" = /dev/shm or $TMPDIR)
  std::uint64_t maxScanSize = 100u << 20;  // bytes scanned per part, archives included
  std::uint64_t maxFileSize = 25u << 20;   // largest part (archive members: bounded by maxScanSize)
  std::uint32_t maxRecursion = 16;         // archive / container depth
  std::uint32_t maxFiles = 10000;          // members per archive
  std::uint32_t maxScanTimeMs = 120000;    // per part
  bool disableCache = false;               // tests: the clean cache is keyed by content only
  bool operator==(const ClamavEngineSettings&) const = default;
};

// "unix:/run/clamav/clamd.ctl" or "tcp:127.0.0.1:3310" ("tcp:[::1]:3310" for IPv6).
struct ClamdEndpoint {
  enum class Kind { Unix, Tcp } kind = Kind::Unix;
  std::string path;  // unix socket path
  std::string host;  // tcp host (numeric address or name)
  std::string port;
  std::string text;  // as configured, for logs
  // Parses an endpoint; false with `error` set when `spec` is not one.
  static bool parse(std::string_view spec, ClamdEndpoint& out, std::string& error);
};

struct ClamdSettings {
  std::vector<ClamdEndpoint> endpoints;
  std::chrono::milliseconds connectTimeout{5000};
  std::chrono::milliseconds ioTimeout{120000};  // whole-reply wait: clamd scans before it answers
};

// Thrown when an engine cannot be built; what() says why and what to do.
class ClamavLoadError : public std::runtime_error {
 public:
  explicit ClamavLoadError(const std::string& what) : std::runtime_error(what) {}
};

// Result of scanning one buffer.
enum class ClamavStatus {
  Clean,  // no signature matched
  Found,  // a signature or heuristic matched; `name` says which
  Error,  // the scan could not finish; `name` holds the reason
};

struct ClamavResult {
  ClamavStatus status = ClamavStatus::Clean;
  std::string name;  // signature ("Win.Test.EICAR_HDB-1", "Heuristics.Encrypted.Zip") or error text
};

// Scans one part; implemented by the embedded engine and by the clamd client. Thread-safe.
class PartScanBackend {
 public:
  virtual ~PartScanBackend() = default;
  virtual ClamavResult scanPart(std::string_view bytes, const std::string& name) const = 0;
};

// A signature database an embedded engine runs (metrics, `aupctl status`).
struct VirusDatabaseInfo {
  std::string engine;          // "embedded:<database dir>"
  std::int64_t version = 0;    // the daily database's version (0 when unknown)
  std::int64_t builtAt = 0;    // unix seconds it was built (0 when unknown)
  std::int64_t signatures = 0;
};

// Makes the backends [clamav] asks for. One instance lives as long as the process that scans
// (the milter keeps one across config reloads, so a reload reuses the compiled engine).
class VirusBackends {
 public:
  virtual ~VirusBackends() = default;
  // True when `dir` holds signature files libclamav would load.
  virtual bool hasSignatureDatabases(const std::filesystem::path& dir) const = 0;
  // libclamav in-process; throws ClamavLoadError when no engine can be built.
  virtual std::shared_ptr<const PartScanBackend> embedded(const ClamavEngineSettings& settings,
                                                          std::int64_t reloadCheckSeconds) = 0;
  // A clamd pool.
  virtual std::shared_ptr<const PartScanBackend> clamd(const ClamdSettings& settings) = 0;
  // Starts background work (the embedded engine's database watcher) in the process that scans,
  // now and for every engine made later. One-shot callers (aupctl scan) never call it.
  virtual void startBackgroundWork() = 0;
  // The databases of the embedded engines alive now (none for clamd: it reports its own).
  virtual std::vector<VirusDatabaseInfo> databases() const { return {}; }
};

}  // namespace aup
