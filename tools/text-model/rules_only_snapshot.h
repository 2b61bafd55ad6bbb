#pragma once
// The engine of a config with both text models off (model_threshold = 1), for measuring the rules
// alone: cross-validation in train_text_model, and `corpus_accuracy --models-off`. The copy sits
// beside the config so its relative paths still resolve, and is removed once loaded.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include "adapters/production_services.h"

namespace aup {

inline SnapshotPtr loadRulesOnlySnapshot(const std::filesystem::path& config) {
  std::ifstream in(config, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + config.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  if (text.find("model_threshold") != std::string::npos || text.find("model_confirm") != std::string::npos)
    throw std::runtime_error(config.string() + " sets model_threshold or model_confirm; use a config that does not");
  for (const char* section : {"[policy.chain-letter]", "[policy.dlp-unencrypted]"}) {
    auto at = text.find(std::string(section) + "\n");
    if (at == std::string::npos) throw std::runtime_error(config.string() + " has no " + section + " section");
    text.insert(at + std::string(section).size() + 1, "model_threshold = 1\n");
  }
  std::filesystem::path copy = config.parent_path() / (".rules-only-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(copy) << text;
  try {
    auto snapshot = loadSnapshot(copy, /*demo=*/true);
    std::filesystem::remove(copy);
    return snapshot;
  } catch (...) {
    std::filesystem::remove(copy);
    throw;
  }
}

}  // namespace aup
