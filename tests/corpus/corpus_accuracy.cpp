// corpus_accuracy - detection accuracy of the chain-letter and dlp-unencrypted policies on the
// labelled corpus (tests/corpus/FORMAT.md), with the engine built ONCE from the shipped config
// exactly as `aupctl scan` builds it.
//
//   corpus_accuracy [--split tuning|tuning2|...|tuning14|heldout10] [--list] [--config FILE] [--corpus DIR] [--models-off]
//   corpus_accuracy --split tuning3 --floors chain-letter:0.95:0.97,personal-data:0.93:0.97
//
// "Caught" for chain-letter = the verdict has a reason with policy chain-letter (any action);
// for personal-data = a reason with policy dlp-unencrypted. Prints TP/FP/TN/FN, precision and
// recall with Wilson 95% intervals. --list prints the misses, and only for the tuning splits: the
// held-out split is never shown per message (it would become tuning data).
// With --floors the tool prints NO counts (so the ctest run does not leak held-out numbers): it
// says only whether every floor (policy:min_recall:min_precision) holds, and exits 1 if not.

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "adapters/production_services.h"
#include "engine/envelope.h"
#include "engine/message_view.h"
#include "tools/text-model/rules_only_snapshot.h"

namespace {

namespace fs = std::filesystem;

struct Confusion {
  int tp = 0, fp = 0, tn = 0, fn = 0;
};

struct Floor {
  double recall = 0, precision = 0;
};

// Wilson score interval (95%) for k successes out of n.
std::pair<double, double> wilson(int k, int n) {
  if (n == 0) return {0, 1};
  const double z = 1.959964, p = static_cast<double>(k) / n, z2 = z * z;
  double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  double half = z * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::string ratio(int k, int n) {
  char buf[96];
  auto [lo, hi] = wilson(k, n);
  std::snprintf(buf, sizeof buf, "%.3f (%d/%d, 95%% CI %.3f-%.3f)", n ? static_cast<double>(k) / n : 0.0, k, n, lo, hi);
  return buf;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

// policy directory in the corpus -> policy id in verdict reasons.
std::string policyIdFor(const std::string& corpusPolicy) {
  return corpusPolicy == "personal-data" ? "dlp-unencrypted" : corpusPolicy;
}

std::map<std::string, Floor> parseFloors(const std::string& spec) {
  std::map<std::string, Floor> floors;
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ',')) {
    auto a = item.find(':'), b = item.rfind(':');
    if (a == std::string::npos || a == b) throw std::runtime_error("bad floor '" + item + "' (policy:recall:precision)");
    floors[item.substr(0, a)] = {std::stod(item.substr(a + 1, b - a - 1)), std::stod(item.substr(b + 1))};
  }
  return floors;
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "tuning", floorsSpec;
  bool list = false, modelsOff = false;
  fs::path config = fs::path(AUP_SOURCE_DIR) / "config" / "aup-milter.toml";
  fs::path corpus = fs::path(AUP_SOURCE_DIR) / "tests" / "corpus";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    if (a == "--split") split = next();
    else if (a == "--list") list = true;
    else if (a == "--config") config = next();
    else if (a == "--corpus") corpus = next();
    else if (a == "--floors") floorsSpec = next();
    else if (a == "--models-off") modelsOff = true;
    else {
      std::cerr << "usage: corpus_accuracy [--split tuning|tuning2|...|tuning14|heldout10] [--list] [--floors SPEC] [--config FILE] [--models-off]\n";
      return 2;
    }
  }
  // Every split whose name starts "tuning" (tuning, tuning2, tuning3) may be listed; anything else is held out.
  const bool heldout = split.rfind("tuning", 0) != 0;
  const bool quiet = !floorsSpec.empty();
  if (list && heldout) {
    std::cerr << "corpus_accuracy: --list is refused for the held-out split (it would become tuning data)\n";
    return 2;
  }
  spdlog::set_level(spdlog::level::err);
  aup::SnapshotPtr snapshot;
  try {
    // --models-off: the rules alone (both text models at threshold 1), for the "models off" rows.
    snapshot = modelsOff ? aup::loadRulesOnlySnapshot(config) : aup::loadSnapshot(config);
  } catch (const std::exception& e) {
    std::cerr << "configuration not usable: " << e.what() << "\n";
    return 2;
  }
  std::map<std::string, Confusion> results;
  std::vector<std::string> misses;
  for (std::string policy : {"chain-letter", "personal-data"}) {
    fs::path dir = corpus / split / policy;
    if (!fs::exists(dir)) continue;  // a split may hold one policy only (tuning15: names with dates)
    std::ifstream manifest(dir / "manifest.jsonl");
    if (!manifest) {
      std::cerr << "no manifest in " << dir << "\n";
      return 2;
    }
    Confusion& c = results[policy];
    std::string line;
    while (std::getline(manifest, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto entry = nlohmann::json::parse(line);
      aup::Envelope envelope;
      envelope.mailFrom = entry.at("mail_from").get<std::string>();
      for (const auto& r : entry.at("rcpt")) envelope.recipients.push_back(r.get<std::string>());
      if (entry.contains("auth_user") && entry["auth_user"].is_string()) envelope.authUser = entry["auth_user"].get<std::string>();
      envelope.clientAddress = "192.0.2.10";
      envelope.clientName = "unknown";
      std::string file = entry.at("file").get<std::string>();
      auto raw = std::make_shared<const aup::RawMessage>(aup::RawMessage::inMemory(readFile(dir / file)));
      auto view = aup::MessageView::parse(raw, envelope, snapshot->settings.parseLimits);
      aup::Verdict verdict = snapshot->engine->evaluate(*view);
      bool caught = false;
      for (const auto& reason : verdict.reasons) caught = caught || reason.finding.policy == policyIdFor(policy);
      bool positive = entry.at("label").get<std::string>() == "positive";
      if (positive && caught) ++c.tp;
      else if (positive) ++c.fn;
      else if (caught) ++c.fp;
      else ++c.tn;
      if (list && positive != caught) {
        std::string why;
        for (const auto& reason : verdict.reasons)
          if (reason.finding.policy == policyIdFor(policy)) why += " [" + reason.finding.rule + ": " + reason.finding.evidence + "]";
        misses.push_back(std::string(positive ? "FN " : "FP ") + policy + "/" + file + " (" +
                         entry.value("family", "") + ", " + entry.value("shape", "") + ")" + why);
      }
    }
  }
  if (quiet) {
    bool ok = true;
    for (const auto& [policy, floor] : parseFloors(floorsSpec)) {
      const Confusion& c = results[policy];
      double recall = c.tp + c.fn ? static_cast<double>(c.tp) / (c.tp + c.fn) : 0;
      double precision = c.tp + c.fp ? static_cast<double>(c.tp) / (c.tp + c.fp) : 0;
      if (recall < floor.recall) std::cout << policy << ": recall below its floor\n", ok = false;
      if (precision < floor.precision) std::cout << policy << ": precision below its floor\n", ok = false;
    }
    std::cout << (ok ? "all floors hold\n" : "a floor does not hold\n");
    return ok ? 0 : 1;
  }
  std::cout << "split " << split << "\n";
  for (const auto& [policy, c] : results) {
    std::cout << policy << ": TP " << c.tp << " FP " << c.fp << " TN " << c.tn << " FN " << c.fn << "\n"
              << "  recall    " << ratio(c.tp, c.tp + c.fn) << "\n"
              << "  precision " << ratio(c.tp, c.tp + c.fp) << "\n";
  }
  for (const auto& m : misses) std::cout << m << "\n";
  return 0;
}
