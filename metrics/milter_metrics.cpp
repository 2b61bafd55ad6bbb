#include "metrics/milter_metrics.h"

#include <prometheus/collectable.h>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <mutex>

namespace aup {

namespace {

constexpr std::array<std::string_view, 3> kDirections = {"inbound", "internal", "outbound"};
constexpr std::array<std::string_view, 4> kActions = {"accept", "reject", "quarantine", "tempfail"};

std::size_t directionIndex(Direction d) {
  switch (d) {
    case Direction::Inbound: return 0;
    case Direction::Internal: return 1;
    case Direction::Outbound: return 2;
  }
  return 0;
}

// The action the client saw: a message kept by the store (discarded towards the MTA) or put in
// Postfix's hold queue was quarantined.
std::size_t actionIndex(Disposition d) {
  switch (d) {
    case Disposition::Accept: return 0;
    case Disposition::Reject: return 1;
    case Disposition::Discard:
    case Disposition::MtaHold: return 2;
    case Disposition::Tempfail: return 3;
  }
  return 3;
}

TempfailCause causeOf(const Plan& plan, Disposition finalDisposition) {
  if (plan.verdict.action != Action::Tempfail && finalDisposition == Disposition::Tempfail)
    return TempfailCause::EffectFailed;
  for (const Reason* r : plan.verdict.decisiveReasons()) {
    if (r->finding.rule == "message-budget") return TempfailCause::MessageBudget;
    if (r->finding.policy == "engine") return TempfailCause::Unscannable;
  }
  return plan.verdict.errors.empty() ? TempfailCause::Policy : TempfailCause::ScannerError;
}

// Seconds buckets from 1 ms to 4 min: most messages take a few ms; the budget is 240 s.
prometheus::Histogram::BucketBoundaries secondsBuckets() {
  return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 240};
}

prometheus::ClientMetric gaugeValue(double value) {
  prometheus::ClientMetric m;
  m.gauge.value = value;
  return m;
}

prometheus::MetricFamily gaugeFamily(std::string name, std::string help) {
  prometheus::MetricFamily f;
  f.name = std::move(name);
  f.help = std::move(help);
  f.type = prometheus::MetricType::Gauge;
  return f;
}

}  // namespace

std::string_view toString(TempfailCause cause) {
  switch (cause) {
    case TempfailCause::ScannerError: return "scanner-error";
    case TempfailCause::MessageBudget: return "message-budget";
    case TempfailCause::Unscannable: return "unscannable";
    case TempfailCause::Policy: return "policy";
    case TempfailCause::EffectFailed: return "effect-failed";
    case TempfailCause::Internal: return "internal-error";
  }
  return "internal-error";
}

// The state-like values, read from the services when Prometheus scrapes. A source that throws
// (a locked database) leaves its series out of that scrape and counts the failure.
class MilterMetrics::ScrapeCollectable final : public prometheus::Collectable {
 public:
  void setSources(ScrapeSources sources) {
    std::lock_guard lock(mutex_);
    sources_ = std::move(sources);
  }

  std::vector<prometheus::MetricFamily> Collect() const override {
    std::lock_guard lock(mutex_);
    std::vector<prometheus::MetricFamily> out;
    auto guardedRead = [&](const auto& read) {
      try {
        read();
      } catch (const std::exception&) {
        ++scrapeErrors_;
      }
    };
    if (sources_.openSessions) {
      auto f = gaugeFamily("aup_milter_open_sessions", "SMTP sessions Postfix has open with the milter");
      f.metric.push_back(gaugeValue(static_cast<double>(sources_.openSessions())));
      out.push_back(std::move(f));
    }
    if (sources_.quarantine) guardedRead([&] {
        if (auto q = sources_.quarantine()) {
          auto held = gaugeFamily("aup_milter_quarantine_held_messages", "messages in the quarantine waiting for a decision");
          held.metric.push_back(gaugeValue(static_cast<double>(q->held)));
          out.push_back(std::move(held));
          auto oldest = gaugeFamily("aup_milter_quarantine_oldest_held_timestamp_seconds",
                                    "when the oldest message still held was received (0 when none)");
          oldest.metric.push_back(gaugeValue(static_cast<double>(q->oldestReceived)));
          out.push_back(std::move(oldest));
        }
      });
    if (sources_.notices) guardedRead([&] {
        if (auto n = sources_.notices()) {
          auto pending = gaugeFamily("aup_milter_notice_outbox_pending", "staff notices waiting to be sent");
          pending.metric.push_back(gaugeValue(static_cast<double>(n->pending)));
          out.push_back(std::move(pending));
          auto failed = gaugeFamily("aup_milter_notice_outbox_failed",
                                    "staff notices given up after their retries (kept for the retention period)");
          failed.metric.push_back(gaugeValue(static_cast<double>(n->failed)));
          out.push_back(std::move(failed));
        }
      });
    if (sources_.virus) guardedRead([&] {
        auto databases = sources_.virus();
        if (databases.empty()) return;
        auto version = gaugeFamily("aup_milter_clamav_database_version", "version of the ClamAV daily database in use");
        auto built = gaugeFamily("aup_milter_clamav_database_timestamp_seconds", "when that ClamAV database was built");
        auto sigs = gaugeFamily("aup_milter_clamav_signatures", "signatures loaded");
        for (const auto& db : databases) {
          auto m = gaugeValue(static_cast<double>(db.version));
          m.label = {{"engine", db.engine}};
          version.metric.push_back(m);
          m.gauge.value = static_cast<double>(db.builtAt);
          built.metric.push_back(m);
          m.gauge.value = static_cast<double>(db.signatures);
          sigs.metric.push_back(m);
        }
        out.push_back(std::move(version));
        out.push_back(std::move(built));
        out.push_back(std::move(sigs));
      });
    auto errors = gaugeFamily("aup_milter_scrape_source_errors", "reads of the store or outbox that failed during scrapes");
    errors.type = prometheus::MetricType::Counter;
    prometheus::ClientMetric m;
    m.counter.value = static_cast<double>(scrapeErrors_);
    errors.metric.push_back(m);
    out.push_back(std::move(errors));
    return out;
  }

 private:
  mutable std::mutex mutex_;  // scrapes are rare and serialised; never taken on the mail path
  ScrapeSources sources_;
  mutable std::uint64_t scrapeErrors_ = 0;
};

MilterMetrics::MilterMetrics(const std::vector<std::string>& scanners)
    : registry_(std::make_shared<prometheus::Registry>()), scrape_(std::make_shared<ScrapeCollectable>()) {
  auto& messages = prometheus::BuildCounter()
                       .Name("aup_milter_messages_total")
                       .Help("messages decided, by direction and by the action the client saw")
                       .Register(*registry_);
  for (std::size_t d = 0; d < kDirections.size(); ++d)
    for (std::size_t a = 0; a < kActions.size(); ++a)
      messages_[d][a] = &messages.Add({{"direction", std::string(kDirections[d])}, {"action", std::string(kActions[a])}});
  auto& tempfails = prometheus::BuildCounter()
                        .Name("aup_milter_tempfails_total")
                        .Help("messages answered 451, by cause")
                        .Register(*registry_);
  for (std::size_t c = 0; c < kTempfailCauses; ++c)
    tempfails_[c] = &tempfails.Add({{"cause", std::string(toString(static_cast<TempfailCause>(c)))}});
  findings_ = &prometheus::BuildCounter()
                   .Name("aup_milter_findings_total")
                   .Help("findings by policy and rule (a message can have several)")
                   .Register(*registry_);
  scannerSeconds_ = &prometheus::BuildHistogram()
                         .Name("aup_milter_scanner_duration_seconds")
                         .Help("time each scanner took per message (label: the policies it checks)")
                         .Register(*registry_);
  for (const auto& s : scanners) scannerHistograms_[s] = &scannerSeconds_->Add({{"scanner", s}}, secondsBuckets());
  messageSeconds_ = &prometheus::BuildHistogram()
                         .Name("aup_milter_message_scan_duration_seconds")
                         .Help("time all scanners took per message")
                         .Register(*registry_)
                         .Add({}, secondsBuckets());
  auto& reloads = prometheus::BuildCounter()
                      .Name("aup_milter_config_reloads_total")
                      .Help("configuration loads (config, rules, roster), by result; the load at start counts")
                      .Register(*registry_);
  reloads_[0] = &reloads.Add({{"result", "failed"}});
  reloads_[1] = &reloads.Add({{"result", "ok"}});
  auto& last = prometheus::BuildGauge()
                   .Name("aup_milter_config_last_reload_timestamp_seconds")
                   .Help("when a configuration load last succeeded or failed (0: never)")
                   .Register(*registry_);
  lastReloadSuccess_ = &last.Add({{"result", "ok"}});
  lastReloadFailed_ = &last.Add({{"result", "failed"}});
  configInfo_ = &prometheus::BuildGauge()
                     .Name("aup_milter_config_info")
                     .Help("the configuration in use (always 1): its file and the fingerprint of it and its rules and roster")
                     .Register(*registry_);
}

std::vector<std::shared_ptr<prometheus::Collectable>> MilterMetrics::collectables() const { return {registry_, scrape_}; }

MilterMetrics::~MilterMetrics() = default;

void MilterMetrics::recordDecision(const Plan& plan, Disposition finalDisposition) {
  const std::size_t action = actionIndex(finalDisposition);
  messages_[directionIndex(plan.verdict.direction)][action]->Increment();
  if (action == 3) tempfails_[static_cast<std::size_t>(causeOf(plan, finalDisposition))]->Increment();
  for (const auto& r : plan.verdict.reasons)
    findings_->Add({{"policy", r.finding.policy}, {"rule", r.finding.rule}}).Increment();
  double total = 0;
  for (const auto& t : plan.verdict.timings) {
    auto it = scannerHistograms_.find(t.policy);
    // A scanner a reload added has no series yet: the family creates it (under its lock).
    auto& histogram = it != scannerHistograms_.end() ? *it->second
                                                    : scannerSeconds_->Add({{"scanner", t.policy}}, secondsBuckets());
    histogram.Observe(t.milliseconds / 1000.0);
    total += t.milliseconds;
  }
  messageSeconds_->Observe(total / 1000.0);
}

void MilterMetrics::recordInternalFailure() { tempfails_[static_cast<std::size_t>(TempfailCause::Internal)]->Increment(); }

void MilterMetrics::recordReload(bool ok, std::int64_t now) {
  reloads_[ok ? 1 : 0]->Increment();
  (ok ? lastReloadSuccess_ : lastReloadFailed_)->Set(static_cast<double>(now));
}

void MilterMetrics::recordSnapshot(const std::string& configFile, const std::string& fingerprint) {
  if (currentConfig_ != nullptr) configInfo_->Remove(currentConfig_);
  currentConfig_ = &configInfo_->Add({{"config", configFile}, {"fingerprint", fingerprint}});
  currentConfig_->Set(1);
}

void MilterMetrics::setScrapeSources(ScrapeSources sources) { scrape_->setSources(std::move(sources)); }

}  // namespace aup
