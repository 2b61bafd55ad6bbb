#pragma once
// MilterMetrics - the Prometheus metrics of one aup-milter process (docs/metrics.md).
//
// Recorded at the edge, after the decision: the milter hands over the plan it carried out.
// The hot path only touches counters created up front (atomic increments, no lock); the
// families with labels from the configuration (findings by policy and rule) take the
// library's lock, and only for mail that had findings. Values that describe state rather than
// events (quarantine backlog, notice outbox, open sessions, the ClamAV database) are read when
// Prometheus scrapes, through ScrapeSources.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "decision/plan.h"
#include "quarantine/quarantine_storage.h"  // QuarantineBacklog

namespace prometheus {
class Collectable;
class Counter;
template <typename T> class Family;
class Gauge;
class Histogram;
class Registry;
}  // namespace prometheus

namespace aup {

// Why a message was answered 451.
enum class TempfailCause {
  ScannerError,   // a scanner could not check (e.g. ClamAV unavailable) and its on_error is tempfail
  MessageBudget,  // the per-message time budget ran out (on_budget_exceeded = tempfail)
  Unscannable,    // the MIME structure could not be fully examined (engine.on_unscannable)
  Policy,         // a policy's own action is tempfail
  EffectFailed,   // the store or the MTA refused an effect (disk full, database locked)
  Internal,       // the milter itself failed (an exception, a message that could not be collected)
};
inline constexpr std::size_t kTempfailCauses = 6;
std::string_view toString(TempfailCause cause);

// What the scrape reads from the process's services; each may be empty (not configured).
struct NoticeBacklog {
  std::int64_t pending = 0;
  std::int64_t failed = 0;  // given up after the retries
};
struct VirusDatabaseStatus {
  std::string engine;          // "embedded" or a clamd endpoint
  std::int64_t version = 0;    // daily.cvd version (0 when unknown)
  std::int64_t builtAt = 0;    // unix seconds the database was built (0 when unknown)
  std::int64_t signatures = 0;
};
struct ScrapeSources {
  std::function<std::optional<QuarantineBacklog>()> quarantine;
  std::function<std::optional<NoticeBacklog>()> notices;
  std::function<std::vector<VirusDatabaseStatus>()> virus;
  std::function<std::int64_t()> openSessions;
};

class MilterMetrics {
 public:
  // `scanners`: the engine's scanner labels (their policy ids joined by "+", as in the verdict's
  // timings), so their series exist from the start and are found without a lock.
  explicit MilterMetrics(const std::vector<std::string>& scanners);
  ~MilterMetrics();
  MilterMetrics(const MilterMetrics&) = delete;
  MilterMetrics& operator=(const MilterMetrics&) = delete;

  // One decided message: its action by direction, its findings, a tempfail's cause and its scan
  // times. `finalDisposition` is what the MTA was told after carrying the plan out (a failed
  // effect turns a hold into a tempfail).
  void recordDecision(const Plan& plan, Disposition finalDisposition);
  // A message the milter could not decide (MessageDecider::failInternally).
  void recordInternalFailure();
  // A configuration (re)load; `now` in unix seconds. The first load at start counts as ok.
  void recordReload(bool ok, std::int64_t now);
  // The snapshot now in use: `aup_milter_config_info{config, fingerprint} 1` (fingerprint: a hash
  // of the config and every file it points at, so two gateways can be compared at a glance).
  void recordSnapshot(const std::string& configFile, const std::string& fingerprint);

  void setScrapeSources(ScrapeSources sources);
  // What an exposer serves: the registry of counters and the scrape-time values.
  std::vector<std::shared_ptr<prometheus::Collectable>> collectables() const;

 private:
  class ScrapeCollectable;
  std::shared_ptr<prometheus::Registry> registry_;
  std::shared_ptr<ScrapeCollectable> scrape_;
  // [direction][action]: inbound/internal/outbound x accept/reject/quarantine/tempfail
  std::array<std::array<prometheus::Counter*, 4>, 3> messages_{};
  std::array<prometheus::Counter*, kTempfailCauses> tempfails_{};
  prometheus::Family<prometheus::Counter>* findings_ = nullptr;
  prometheus::Family<prometheus::Histogram>* scannerSeconds_ = nullptr;
  std::map<std::string, prometheus::Histogram*, std::less<>> scannerHistograms_;  // fixed after construction
  prometheus::Histogram* messageSeconds_ = nullptr;
  std::array<prometheus::Counter*, 2> reloads_{};  // failed, ok
  prometheus::Gauge* lastReloadSuccess_ = nullptr;
  prometheus::Gauge* lastReloadFailed_ = nullptr;
  prometheus::Family<prometheus::Gauge>* configInfo_ = nullptr;
  prometheus::Gauge* currentConfig_ = nullptr;  // reloads run on one thread
};

}  // namespace aup
