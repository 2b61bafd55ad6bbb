#include "scanners/content/text_model/model_judgement.h"

#include <algorithm>
#include <cstdio>

namespace aup {
namespace {

bool isMechanism(std::string_view name) { return !name.empty() && name.front() == '#'; }

std::string fixed(double v, const char* format = "%.2f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

}  // namespace

double modelProbability(const TextModel& model, const ContentInput& input) {
  return model.probability(textFeatures(input, model.family()));
}

std::string modelEvidence(const TextModel& model, const ContentInput& input, double probability, double threshold,
                          bool mechanismsOnly) {
  FeatureVector named = textFeatures(input, model.family(), true);
  std::string out = "text model " + fixed(probability) + " (threshold " + fixed(threshold) + ")";
  auto strongest = model.strongest(named, 5, mechanismsOnly ? isMechanism : nullptr);
  if (strongest.empty()) return out + "; wording like the policy's training messages";
  out += "; weighed most: ";
  for (std::size_t i = 0; i < strongest.size(); ++i) out += (i ? ", " : "") + describeFeature(strongest[i].first);
  return out;
}

std::string modelArithmetic(const TextModel& model, const ContentInput& input, double threshold) {
  FeatureVector named = textFeatures(input, model.family(), true);
  const double margin = model.margin(named), probability = model.probability(named);
  std::string out = "text model (" + std::string(toString(model.family())) + ", trained on " + model.trainedOn() +
                    "): " + fixed(margin) + " before the logistic = probability " + fixed(probability, "%.3f") +
                    ", threshold " + fixed(threshold, "%.3f") + (probability >= threshold ? " (reached)" : " (not reached)");
  std::vector<std::pair<std::string, double>> all;
  for (std::size_t i = 0; i < named.features.size(); ++i)
    all.emplace_back(named.names[i], static_cast<double>(model.weight(named.features[i].bucket)) * named.features[i].value);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  auto list = [&](auto begin, auto end) {
    std::string s;
    int shown = 0;
    for (auto it = begin; it != end && shown < 8; ++it, ++shown) s += (shown ? ", " : "") + describeFeature(it->first) + " " + fixed(it->second, "%+.2f");
    return s.empty() ? std::string("none") : s;
  };
  auto firstNegative = std::find_if(all.begin(), all.end(), [](const auto& f) { return f.second <= 0; });
  out += "\n   for: " + list(all.begin(), firstNegative);
  std::reverse(all.begin(), all.end());
  auto firstPositive = std::find_if(all.begin(), all.end(), [](const auto& f) { return f.second >= 0; });
  out += "\n   against: " + list(all.begin(), firstPositive);
  return out;
}

}  // namespace aup
