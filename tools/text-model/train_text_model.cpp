// train_text_model - trains the chain-letter or personal-data text model on the corpus's tuning
// splits (tests/corpus/FORMAT.md) and writes the model file the milter loads (rules/*.model).
//
//   train_text_model --family chain-letter --out rules/chain-letter.model
//   train_text_model --family personal-data --cv        leave-one-split-out report, writes nothing
//
// Only splits whose name starts "tuning" are read: a held-out split is never trained or tuned on.
// Features come from the same code the milter runs (textFeatures over the content scanner's text
// and rule matches), with the engine and rules loaded from the shipped config as `aupctl scan` does.
// Personal data is judged only on outbound mail, so only outbound messages train that model.
// The rules run with both models off (loadRulesOnlySnapshot): what a model adds is measured, never assumed.
//
// --cv trains once per split on all the others and scores the split left out: each split is
// another writer, so this is the estimate of how the model does on a writer it never saw. It prints,
// for a range of thresholds, the model alone and "rules or model" (what the milter does) pooled
// over the splits, and the per-split counts at the chosen threshold.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "adapters/production_services.h"
#include "engine/envelope.h"
#include "engine/message_view.h"
#include "engine/organisation.h"
#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/content_scanner.h"
#include "scanners/content/dlp_policy.h"
#include "scanners/content/text_model/text_model.h"
#include "scanners/content/text_model/train_logistic.h"
#include "tools/text-model/rules_only_snapshot.h"

namespace {

namespace fs = std::filesystem;
using namespace aup;

const std::vector<std::string> kAllTuningSplits = {"tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15"};

struct Sample {
  std::string split, file;
  TrainingExample example;
  bool rulesCaught = false;  // a finding of the policy from a rule (not from a model)
  bool onlyWeakRules = false;  // every rule finding is one of the weaker kinds (isWeakRule)
};

// Rule findings that rest on the least evidence: a borderline chain-letter score (held for review)
// and personal-data findings made of a marker or topic word with something beside it.
bool isWeakRule(const std::string& rule) { return isWeakChainFinding(rule) || isWeakDlpFinding(rule); }

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

const ContentScanner& contentScanner(const PolicySnapshot& snapshot) {
  for (const auto& s : snapshot.engine->scanners())
    if (auto* c = dynamic_cast<const ContentScanner*>(s.get())) return *c;
  throw std::runtime_error("the config switches both content policies off");
}

std::vector<Sample> loadSamples(const PolicySnapshot& snapshot, const fs::path& corpus, const std::vector<std::string>& splits,
                                FeatureFamily family) {
  const ContentScanner& scanner = contentScanner(snapshot);
  const Organisation& org = snapshot.engine->settings().organisation;
  const std::string dirName = family == FeatureFamily::ChainLetter ? "chain-letter" : "personal-data";
  const std::string policyId = family == FeatureFamily::ChainLetter ? "chain-letter" : "dlp-unencrypted";
  std::vector<Sample> samples;
  for (const auto& split : splits) {
    if (split.rfind("tuning", 0) != 0) throw std::runtime_error("refusing split '" + split + "': only tuning splits are trained on");
    fs::path dir = corpus / split / dirName;
    if (!fs::exists(dir)) continue;  // a split may hold one policy only (tuning15: names with dates)
    std::ifstream manifest(dir / "manifest.jsonl");
    if (!manifest) throw std::runtime_error("no manifest in " + dir.string());
    std::string line;
    while (std::getline(manifest, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto entry = nlohmann::json::parse(line);
      Envelope envelope;
      envelope.mailFrom = entry.at("mail_from").get<std::string>();
      for (const auto& r : entry.at("rcpt")) envelope.recipients.push_back(r.get<std::string>());
      if (entry.contains("auth_user") && entry["auth_user"].is_string()) envelope.authUser = entry["auth_user"].get<std::string>();
      envelope.clientAddress = "192.0.2.10";
      envelope.clientName = "unknown";
      const Direction direction = deriveDirection(envelope, org);
      if (family == FeatureFamily::PersonalData && direction != Direction::Outbound) continue;
      std::string file = entry.at("file").get<std::string>();
      auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(readFile(dir / file)));
      auto view = MessageView::parse(raw, envelope, snapshot.settings.parseLimits);
      Verdict verdict = snapshot.engine->evaluate(*view);
      Sample s;
      s.split = split;
      s.file = file;
      bool strong = false;
      for (const auto& reason : verdict.reasons) {
        if (reason.finding.policy != policyId || reason.finding.rule.find("-model") != std::string::npos) continue;
        s.rulesCaught = true;
        strong = strong || !isWeakRule(reason.finding.rule);
      }
      s.onlyWeakRules = s.rulesCaught && !strong;
      ScanContext context{org, direction, isInternalSender(envelope, org)};
      MessageTextOptions options = scanner.textOptions();
      options.extractAttachments = scanner.readsAttachments(context);
      MessageText text = buildMessageText(*view, options);
      RuleScanResult matches = scanner.rules().scan(text.text);
      ContentInput input{*view, context, text, scanner.rules(), matches.matches};
      s.example.features = textFeatures(input, family);
      s.example.positive = entry.at("label").get<std::string>() == "positive";
      samples.push_back(std::move(s));
    }
  }
  return samples;
}

struct Counts {
  int tp = 0, fp = 0, tn = 0, fn = 0;
  void add(bool positive, bool caught) { (positive ? (caught ? tp : fn) : (caught ? fp : tn))++; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
};

std::string row(const Counts& c) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "TP %4d FP %3d TN %4d FN %3d  recall %.3f precision %.3f", c.tp, c.fp, c.tn, c.fn, c.recall(), c.precision());
  return buf;
}

TextModel train(const std::vector<const TrainingExample*>& examples, FeatureFamily family, const TrainingOptions& options,
                double threshold, const std::string& trainedOn) {
  TrainedWeights w = trainLogistic(examples, options);
  return TextModel(family, std::move(w.weights), w.bias, threshold, trainedOn);
}

void crossValidate(const std::vector<Sample>& samples, FeatureFamily family, const TrainingOptions& options, double chosen) {
  std::set<std::string> splits;
  for (const auto& s : samples) splits.insert(s.split);
  std::vector<double> probability(samples.size(), 0);
  for (const auto& left : splits) {
    std::vector<const TrainingExample*> train;
    for (const auto& s : samples)
      if (s.split != left) train.push_back(&s.example);
    TextModel model = ::train(train, family, options, 0.5, "cv");
    for (std::size_t i = 0; i < samples.size(); ++i)
      if (samples[i].split == left) probability[i] = model.probability(samples[i].example.features);
  }
  Counts rules;
  for (const auto& s : samples) rules.add(s.example.positive, s.rulesCaught);
  std::cout << "rules alone (tuned on every split, so optimistic): " << row(rules) << "\n";
  for (double t : {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99}) {
    Counts model, fused;
    for (std::size_t i = 0; i < samples.size(); ++i) {
      model.add(samples[i].example.positive, probability[i] >= t);
      fused.add(samples[i].example.positive, samples[i].rulesCaught || probability[i] >= t);
    }
    std::printf("threshold %.2f  model %s\n                rules|model %s\n", t, row(model).c_str(), row(fused).c_str());
  }
  // A veto: a rule's catch that the model finds very unlike its policy's mail is dropped. Shown so
  // that the choice not to veto is measured, not assumed.
  for (double veto : {0.01, 0.02, 0.05, 0.1}) {
    Counts vetoed;
    for (std::size_t i = 0; i < samples.size(); ++i)
      vetoed.add(samples[i].example.positive, (samples[i].rulesCaught && probability[i] >= veto) || probability[i] >= chosen);
    std::printf("veto rules below %.2f, threshold %.2f: %s\n", veto, chosen, row(vetoed).c_str());
  }
  for (double veto : {0.05, 0.1, 0.2, 0.3, 0.5}) {
    Counts vetoed;
    for (std::size_t i = 0; i < samples.size(); ++i) {
      const bool rules = samples[i].rulesCaught && (!samples[i].onlyWeakRules || probability[i] >= veto);
      vetoed.add(samples[i].example.positive, rules || probability[i] >= chosen);
    }
    std::printf("veto weak rules below %.2f, threshold %.2f: %s\n", veto, chosen, row(vetoed).c_str());
  }
  std::printf("per split, left out, at threshold %.2f (rules|model):\n", chosen);
  for (const auto& left : splits) {
    Counts fused, model;
    for (std::size_t i = 0; i < samples.size(); ++i) {
      if (samples[i].split != left) continue;
      fused.add(samples[i].example.positive, samples[i].rulesCaught || probability[i] >= chosen);
      model.add(samples[i].example.positive, probability[i] >= chosen);
    }
    std::printf("  %-8s fused %s | model alone recall %.3f precision %.3f\n", left.c_str(), row(fused).c_str(), model.recall(), model.precision());
  }
}

}  // namespace

int main(int argc, char** argv) try {
  std::string familyName, out;
  bool cv = false;
  double threshold = 0.9;
  TrainingOptions options;
  std::vector<std::string> splits = kAllTuningSplits;
  fs::path config = fs::path(AUP_SOURCE_DIR) / "config" / "aup-milter.toml";
  fs::path corpus = fs::path(AUP_SOURCE_DIR) / "tests" / "corpus";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    if (a == "--family") familyName = next();
    else if (a == "--out") out = next();
    else if (a == "--cv") cv = true;
    else if (a == "--threshold") threshold = std::stod(next());
    else if (a == "--l2") options.l2 = std::stod(next());
    else if (a == "--iterations") options.iterations = std::stoi(next());
    else if (a == "--min-messages") options.minMessages = static_cast<std::size_t>(std::stoul(next()));
    else if (a == "--config") config = next();
    else if (a == "--corpus") corpus = next();
    else if (a == "--splits") {
      splits.clear();
      std::stringstream ss(next());
      for (std::string s; std::getline(ss, s, ',');) splits.push_back(s);
    } else {
      std::cerr << "usage: train_text_model --family chain-letter|personal-data (--out FILE | --cv) [--threshold T] [--l2 X]\n"
                   "       [--iterations N] [--min-messages N] [--splits tuning,tuning2,...] [--config FILE] [--corpus DIR]\n";
      return 2;
    }
  }
  FeatureFamily family;
  if (familyName == "chain-letter") family = FeatureFamily::ChainLetter;
  else if (familyName == "personal-data") family = FeatureFamily::PersonalData;
  else throw std::runtime_error("--family must be chain-letter or personal-data");
  if (!cv && out.empty()) throw std::runtime_error("give --out FILE or --cv");
  spdlog::set_level(spdlog::level::err);
  auto snapshot = loadRulesOnlySnapshot(config);
  auto samples = loadSamples(*snapshot, corpus, splits, family);
  std::size_t positives = 0;
  for (const auto& s : samples) positives += s.example.positive;
  std::cout << samples.size() << " messages (" << positives << " positive) from " << splits.size() << " splits\n";
  if (cv) {
    crossValidate(samples, family, options, threshold);
    return 0;
  }
  std::vector<const TrainingExample*> all;
  for (const auto& s : samples) all.push_back(&s.example);
  std::string trainedOn;
  for (const auto& s : splits) trainedOn += (trainedOn.empty() ? "" : ",") + s;
  char params[96];
  std::snprintf(params, sizeof params, " (l2 %g, %d iterations, min %zu messages)", options.l2, options.iterations, options.minMessages);
  TextModel model = train(all, family, options, threshold, trainedOn + params);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  file << "# Written by tools/text-model/train_text_model; retrain rather than edit (docs/rules.md).\n" << model.serialise();
  if (!file) throw std::runtime_error("cannot write " + out);
  std::cout << "wrote " << out << "\n";
  return 0;
} catch (const std::exception& e) {
  std::cerr << "train_text_model: " << e.what() << "\n";
  return 1;
}
