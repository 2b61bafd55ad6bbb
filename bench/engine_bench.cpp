// engine_bench - what the engine costs per message: MessageView::parse plus Engine::evaluate with
// every scanner of the configuration (default: the embedded default config, all policies on),
// on the generated corpus (bench/bench_corpus.h), the "average message" mix and the hostile
// cases (tests/hostile/). Bytes/s is the scanning rate of one core (per thread).
//
//   build-bench/bench/engine_bench                       # everything
//   build-bench/bench/engine_bench --benchmark_filter=Mix # the average-message figure only
//   AUP_BENCH_CONFIG=/path/aup-milter.toml build-bench/bench/engine_bench

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "bench/bench_corpus.h"
#include "config/settings.h"
#include "metrics/milter_metrics.h"
#include "adapters/production_services.h"
#include "tests/hostile/hostile_messages.h"

namespace aup {
namespace {

// The policy snapshot every benchmark uses, loaded once (AUP_BENCH_CONFIG overrides the default).
const PolicySnapshot& snapshot() {
  static const SnapshotPtr s = [] {
    const char* path = std::getenv("AUP_BENCH_CONFIG");
    return loadSnapshot(path ? std::filesystem::path(path) : defaultConfigPath());
  }();
  return *s;
}

// Outbound mail from an authenticated member of staff to a parent on the roster: the direction
// in which every policy (DLP, Headteacher copy) has work to do.
Envelope outboundEnvelope() {
  Envelope e;
  e.mailFrom = "j.smith@school.example";
  e.recipients = {"parent.one@example.org"};
  e.authUser = "j.smith@school.example";
  e.clientAddress = "192.0.2.10";
  e.clientName = "unknown";
  return e;
}

// An in-memory message, built once outside the timed loop (the milter has the bytes already).
std::shared_ptr<const RawMessage> rawOf(const std::string& bytes) {
  return std::make_shared<const RawMessage>(RawMessage::inMemory(bytes));
}

// Per-policy and parse time, reported as average microseconds per message.
class CostCounters {
 public:
  void add(const Verdict& v, double parseMs) {
    parseMs_ += parseMs;
    for (const auto& t : v.timings) scannerMs_[t.policy] += t.milliseconds;
  }
  void report(benchmark::State& state) const {
    state.counters["parse_us"] = benchmark::Counter(parseMs_ * 1000, benchmark::Counter::kAvgIterations);
    for (const auto& [policy, ms] : scannerMs_) {
      state.counters[policy + "_us"] = benchmark::Counter(ms * 1000, benchmark::Counter::kAvgIterations);
    }
  }

 private:
  double parseMs_ = 0;
  std::map<std::string, double> scannerMs_;
};

// One pass of the pipeline as the milter runs it at end of message.
void decide(const std::shared_ptr<const RawMessage>& raw, const Envelope& envelope, CostCounters& costs) {
  const PolicySnapshot& snap = snapshot();
  auto started = std::chrono::steady_clock::now();
  auto view = MessageView::parse(raw, envelope, snap.settings.parseLimits);
  std::chrono::duration<double, std::milli> parsed = std::chrono::steady_clock::now() - started;
  Verdict verdict = snap.engine->evaluate(*view);
  benchmark::DoNotOptimize(verdict.action);
  costs.add(verdict, parsed.count());
}

// Full pipeline on one corpus message.
void pipeline(benchmark::State& state, const std::string& name) {
  const std::string& bytes = bench::corpusMessage(name).bytes;
  auto raw = rawOf(bytes);
  Envelope envelope = outboundEnvelope();
  CostCounters costs;
  for (auto _ : state) decide(raw, envelope, costs);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.counters["msg_bytes"] = static_cast<double>(bytes.size());
  costs.report(state);
}

// The average-message mix, one message per iteration, in a fixed interleaved order.
void averageMix(benchmark::State& state) {
  std::vector<std::shared_ptr<const RawMessage>> order;
  for (const auto& entry : bench::averageMix()) {
    auto raw = rawOf(bench::corpusMessage(entry.name).bytes);
    for (int i = 0; i < entry.weight; ++i) order.push_back(raw);
  }
  // Interleave so that big messages are spread out (index * 37 mod 100 visits every slot).
  std::vector<std::shared_ptr<const RawMessage>> mixed(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) mixed[(i * 37) % order.size()] = order[i];
  Envelope envelope = outboundEnvelope();
  CostCounters costs;
  std::size_t next = static_cast<std::size_t>(state.thread_index()) * 13, bytes = 0;
  for (auto _ : state) {
    const auto& raw = mixed[next++ % mixed.size()];
    bytes += raw->size();
    decide(raw, envelope, costs);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  costs.report(state);
}

// What counting a decided message in the Prometheus metrics costs (MilterMetrics::recordDecision),
// on the plans of the average-message mix: compare with Mix/average-message of the same run.
void recordDecision(benchmark::State& state) {
  static MilterMetrics* metrics = new MilterMetrics(snapshot().engine->scannerLabels());
  static const std::vector<Plan>* plans = [] {
    auto* out = new std::vector<Plan>();
    Envelope envelope = outboundEnvelope();
    for (const auto& entry : bench::averageMix()) {
      auto raw = rawOf(bench::corpusMessage(entry.name).bytes);
      auto view = MessageView::parse(raw, envelope, snapshot().settings.parseLimits);
      Plan plan;
      plan.verdict = snapshot().engine->evaluate(*view);
      for (int i = 0; i < entry.weight; ++i) out->push_back(plan);
    }
    return out;
  }();
  std::size_t next = static_cast<std::size_t>(state.thread_index()) * 13;
  for (auto _ : state) {
    const Plan& plan = (*plans)[next++ % plans->size()];
    metrics->recordDecision(plan, plan.verdict.action == Action::Reject ? Disposition::Reject
                                  : plan.verdict.action == Action::Quarantine ? Disposition::Discard
                                  : plan.verdict.action == Action::Tempfail ? Disposition::Tempfail
                                                                            : Disposition::Accept);
  }
}

// One hostile case (tests/hostile/); the message is built once, outside the timing.
void hostileCase(benchmark::State& state, const hostile::HostileCase* c) {
  static std::map<std::string, std::shared_ptr<const RawMessage>> built;
  auto& raw = built[c->name];
  if (!raw) raw = rawOf(c->make());
  Envelope envelope = outboundEnvelope();
  CostCounters costs;
  for (auto _ : state) decide(raw, envelope, costs);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * raw->size()));
  state.counters["msg_bytes"] = static_cast<double>(raw->size());
  costs.report(state);
}

// Registers every benchmark: corpus pipelines, the average mix (1 and 2 threads), hostile cases.
void registerAll() {
  std::string scanners;
  for (const auto& s : snapshot().engine->scanners()) scanners += (scanners.empty() ? "" : ",") + std::string(s->policyId());
  benchmark::AddCustomContext("aup_scanners", scanners);
  benchmark::AddCustomContext("aup_config", snapshot().settings.file.string());
  for (const auto& m : bench::corpus()) {
    benchmark::RegisterBenchmark(("Pipeline/" + m.name).c_str(), pipeline, m.name)->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("Mix/average-message", averageMix)
      ->Unit(benchmark::kMicrosecond)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  benchmark::RegisterBenchmark("Metrics/record-decision", recordDecision)
      ->Unit(benchmark::kMicrosecond)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  for (const auto& c : hostile::allHostileCases()) {
    benchmark::RegisterBenchmark(("Hostile/" + c.name).c_str(), hostileCase, &c)->Unit(benchmark::kMillisecond);
  }
}

}  // namespace
}  // namespace aup

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  aup::registerAll();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
