// content_bench - Hyperscan throughput of the content rules (chain-letter + dlp-unencrypted,
// every shipped rule in ONE database, as the milter runs them) over realistic school-mail text,
// against a single-literal Hyperscan scan of the same bytes in the same run (the floor any
// Hyperscan scan costs). Also the whole ContentScanner per message (text build + scan + policies).
// Bytes/s is per core (single thread).
//
//   build/bench/content_bench
//   build/bench/content_bench --benchmark_filter='AllRules|SingleLiteral'
//   build/bench/content_bench --rule-costs [POLICY FILE]   (each rule alone, slowest first)
//   AUP_BENCH_TEXT=mail.txt build/bench/content_bench --rule-costs   (timed on that text)
//   AUP_BENCH_RULES_DIR=/tmp/old-rules build/bench/content_bench   (other rule files, same binary)

#include <benchmark/benchmark.h>

#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <random>
#include <stdexcept>
#include <string>

#include "adapters/local_data_files.h"
#include "config/config_reader.h"
#include "engine/message_view.h"
#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/content_scanner.h"
#include "scanners/content/dlp_policy.h"
#include "scanners/content/message_text.h"
#include "scanners/content/text_model/text_model.h"
#include "bench/bench_corpus.h"

namespace aup {
namespace {

// ~1 MiB of text shaped like school mail: prose, names, dates, phone numbers, order numbers,
// the odd identifier, disclaimers. Deterministic (fixed seed) so runs compare.
const std::string& corpus() {
  static const std::string text = [] {
    static const char* kWords[] = {"the", "pupils", "will", "be", "attending", "parents", "evening", "on", "Thursday",
                                   "please", "find", "attached", "homework", "for", "Year", "9", "and", "the", "trip",
                                   "letter", "kind", "regards", "Mrs", "Jones", "meeting", "in", "the", "hall", "lunch",
                                   "menu", "supply", "chain", "forward", "this", "to", "office", "learner", "support",
                                   "reading", "group", "confidential", "report", "minutes", "governors", "budget", "of"};
    std::mt19937 rng(42);
    std::string out;
    while (out.size() < (1u << 20)) {
      for (int w = 0; w < 14; ++w) {
        out += kWords[rng() % (sizeof kWords / sizeof *kWords)];
        out += ' ';
      }
      switch (rng() % 12) {
        case 0: out += "Order number " + std::to_string(1000000000u + rng() % 899999999u) + ". "; break;
        case 1: out += "Call 0113 496 0" + std::to_string(100 + rng() % 899) + ". "; break;
        case 2: out += "Meeting on " + std::to_string(1 + rng() % 28) + "/0" + std::to_string(1 + rng() % 9) + "/2026. "; break;
        case 3: out += "Learner ULN 1000000043 for the exam entry. "; break;
        case 4: out += "This email and any attachments are confidential and intended solely for the addressee. "; break;
        default: break;
      }
      out += rng() % 3 == 0 ? "\n" : "";
    }
    return out;
  }();
  return text;
}

std::shared_ptr<const RuleSet> shippedRules() {
  static const auto rules = [] {
    auto reader = ConfigReader::fromString("", "/tmp/content-bench.toml");
    // AUP_BENCH_RULES_DIR: another pair of rule files (e.g. an older commit's) for a side-by-side run.
    const char* other = std::getenv("AUP_BENCH_RULES_DIR");
    std::filesystem::path dir = other ? std::filesystem::path(other) : std::filesystem::path(AUP_SOURCE_DIR) / "rules";
    auto set = RuleSet::load({{"chain-letter", dir / "chain-letter.rules"}, {"dlp-unencrypted", dir / "dlp-unencrypted.rules"}},
                             reader, LocalDataFiles());
    if (!set) throw std::runtime_error(reader.errors().empty() ? "rules" : reader.errors().front());
    return set;
  }();
  return rules;
}

void AllShippedRules(benchmark::State& state) {
  const auto& text = corpus();
  auto rules = shippedRules();
  std::size_t matches = 0;
  for (auto _ : state) {
    auto result = rules->scan(text);
    matches = result.matches.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["rules"] = static_cast<double>(rules->rules().size());
  state.counters["merged_matches"] = static_cast<double>(matches);
}
BENCHMARK(AllShippedRules)->Unit(benchmark::kMillisecond);

int countMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<std::size_t*>(ctx);
  return 0;
}

// The baseline: one literal, no SOM, same bytes, same Hyperscan.
void SingleLiteralBaseline(benchmark::State& state) {
  const auto& text = corpus();
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit("break the chain", HS_FLAG_CASELESS, 15, HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    state.SkipWithError("hs_compile_lit failed");
    hs_free_compile_error(err);
    return;
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, countMatch, &matches);
    benchmark::DoNotOptimize(matches);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  hs_free_scratch(scratch);
  hs_free_database(db);
}
BENCHMARK(SingleLiteralBaseline)->Unit(benchmark::kMillisecond);

// The whole scanner on one ~64 KiB outbound message: text build, normalisation, scan, policies.
void ContentScannerPerMessage(benchmark::State& state) {
  std::string body = corpus().substr(0, 64 * 1024);
  std::string raw = "From: t.jones@school.example\r\nTo: parent@gmail.example\r\nSubject: Report\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body;
  Envelope env;
  env.mailFrom = "t.jones@school.example";
  env.recipients = {"parent@gmail.example"};
  env.authUser = "t.jones";
  auto view = MessageView::parse(std::make_shared<RawMessage>(RawMessage::inMemory(raw)), env);
  std::vector<ContentPolicyPtr> policies;
  policies.push_back(std::make_unique<ChainLetterPolicy>(ChainLetterSettings{}));
  policies.push_back(std::make_unique<DlpPolicy>(DlpSettings{}));
  ContentScanner scanner(shippedRules(), std::move(policies), MessageTextOptions{});
  Organisation org;
  org.internalDomains = {"school.example"};
  for (auto _ : state) {
    auto outcome = scanner.scan(*view, ScanContext{org, Direction::Outbound, true});
    benchmark::DoNotOptimize(outcome);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}
BENCHMARK(ContentScannerPerMessage)->Unit(benchmark::kMicrosecond);

// The content scanner on the average message (bench_corpus.h's weighted mix, outbound so both
// policies and attachment extraction run), rules only (arg 0) and with the shipped text models
// (arg 1), in the same run: what the models add per average message (issue 12: within 10%).
TextModelPtr shippedModel(const std::string& name) {
  std::ifstream in(std::filesystem::path(AUP_SOURCE_DIR) / "rules" / name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return TextModel::parse(text.str());
}

void ContentScannerAverageMessage(benchmark::State& state) {
  ChainLetterSettings chain;
  DlpSettings dlp;
  // 1: both models; 2: chain-letter's only; 3: personal data's only (where the cost goes).
  const auto mode = state.range(0);
  if (mode == 1 || mode == 2) {
    chain.model = shippedModel("chain-letter.model");
    chain.modelThreshold = chain.model->threshold();
    chain.modelConfirm = 0.5;
  }
  if (mode == 1 || mode == 3) {
    dlp.model = shippedModel("personal-data.model");
    dlp.modelThreshold = dlp.model->threshold();
    dlp.modelConfirm = 0.5;
  }
  std::vector<ContentPolicyPtr> policies;
  policies.push_back(std::make_unique<ChainLetterPolicy>(chain));
  policies.push_back(std::make_unique<DlpPolicy>(dlp));
  ContentScanner scanner(shippedRules(), std::move(policies), MessageTextOptions{});
  Envelope env;
  env.mailFrom = "t.jones@school.example";
  env.recipients = {"parent@gmail.example"};
  env.authUser = "t.jones";
  std::vector<std::shared_ptr<const MessageView>> views;
  for (const auto& entry : bench::averageMix())
    for (int i = 0; i < entry.weight; ++i)
      views.push_back(MessageView::parse(std::make_shared<RawMessage>(RawMessage::inMemory(bench::corpusMessage(entry.name).bytes)), env));
  Organisation org;
  org.internalDomains = {"school.example"};
  for (auto _ : state)
    for (const auto& view : views) {
      auto outcome = scanner.scan(*view, ScanContext{org, Direction::Outbound, true});
      benchmark::DoNotOptimize(outcome);
    }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * views.size()));
  state.SetLabel(mode == 0 ? "rules only" : mode == 1 ? "rules + text models" : mode == 2 ? "rules + chain-letter model" : "rules + personal-data model");
}
BENCHMARK(ContentScannerAverageMessage)->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond);

// --rule-costs: each shipped rule compiled alone and scanned over the benchmark text (best of 3),
// to find which rules make the shared database slow. Prints one line per rule, slowest first.
// With a policy and a file, the rules of that file instead of the shipped ones.
// A gated or context rule runs only where a trigger word is (rule_set.cpp), so alone it would
// never run: it is timed with the trigger rule, less the trigger's own time. AUP_BENCH_TEXT names
// a text file to time instead of the generated one (real mail is full of trigger words; the
// generated text has none, so there only the always-on rules cost anything).
const std::string& ruleCostText() {
  static const std::string text = [] {
    const char* path = std::getenv("AUP_BENCH_TEXT");
    if (!path) return corpus();
    std::string why;
    auto bytes = LocalDataFiles().read(path, why);
    if (!bytes) throw std::runtime_error(std::string("AUP_BENCH_TEXT: ") + path + ": " + why);
    return *bytes;
  }();
  return text;
}

int printRuleCosts(int argc, char** argv) {
  const auto& text = ruleCostText();
  std::vector<Rule> rules = shippedRules()->rules();
  if (argc >= 4) {
    std::vector<std::pair<std::size_t, std::string>> errors;
    std::string why;
    auto text = LocalDataFiles().read(argv[3], why);
    if (!text) {
      std::fprintf(stderr, "%s: %s\n", argv[3], why.c_str());
      return 1;
    }
    rules = RuleSet::parse(*text, argv[3], argv[2], errors);
    for (const auto& [line, message] : errors) std::fprintf(stderr, "%s:%zu: %s\n", argv[3], line, message.c_str());
  }
  auto bestOf3 = [&](const RuleSet& set, std::size_t& matches) {
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      matches = set.scan(text).matches.size();
      best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
  };
  std::vector<Rule> triggers;
  for (const auto& rule : rules)
    if (rule.stage == RuleStage::Trigger) triggers.push_back(rule);
  // What the trigger rule costs alone, timed once: each gated rule's time is given without it.
  double triggerMs = 0;
  if (!triggers.empty()) {
    RuleSet::CompileError error;
    std::size_t triggerMatches = 0;
    if (auto alone = RuleSet::compile(triggers, error)) triggerMs = bestOf3(*alone, triggerMatches);
  }
  std::vector<std::pair<double, std::string>> costs;
  for (const auto& rule : rules) {
    const bool gated = rule.stage == RuleStage::Gated || rule.stage == RuleStage::Context;
    std::vector<Rule> set = gated ? triggers : std::vector<Rule>{};
    set.push_back(rule);
    RuleSet::CompileError error;
    auto one = RuleSet::compile(set, error);
    if (!one) continue;
    std::size_t matches = 0;
    const double ms = bestOf3(*one, matches) - (gated ? triggerMs : 0);
    costs.push_back({ms, rule.id + (gated ? " [gated]" : "") + " (" + std::to_string(matches) + " matches)"});
  }
  std::sort(costs.rbegin(), costs.rend());
  RuleSet::CompileError error;
  if (auto all = RuleSet::compile(rules, error)) {
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      benchmark::DoNotOptimize(all->scan(text));
      best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("%8.3f ms  ALL %zu rules in one database\n", best, rules.size());
  }
  for (const auto& [ms, what] : costs) std::printf("%8.3f ms  %s\n", ms, what.c_str());
  return 0;
}

}  // namespace
}  // namespace aup

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--rule-costs") return aup::printRuleCosts(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
