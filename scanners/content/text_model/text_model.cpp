#include "scanners/content/text_model/text_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace aup {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits "key rest" at the first space.
std::pair<std::string_view, std::string_view> keyAndRest(std::string_view line) {
  auto space = line.find_first_of(" \t");
  if (space == std::string_view::npos) return {line, {}};
  return {line.substr(0, space), trim(line.substr(space + 1))};
}

double parseNumber(std::string_view text, std::size_t line, std::string_view what) {
  std::string s(text);
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v))
    throw TextModelError(line, std::string(what) + " is not a number: '" + s + "'");
  return v;
}

}  // namespace

std::string_view toString(FeatureFamily family) {
  return family == FeatureFamily::ChainLetter ? "chain-letter" : "personal-data";
}

TextModel::TextModel(FeatureFamily family, const std::vector<float>& weights, double bias, double threshold, std::string trainedOn)
    : family_(family), bias_(bias), threshold_(threshold), trainedOn_(std::move(trainedOn)) {
  for (std::size_t b = 0; b < weights.size() && b < kFeatureBuckets; ++b) {
    if (weights[b] == 0.0f) continue;
    buckets_.push_back(static_cast<std::uint32_t>(b));
    values_.push_back(weights[b]);
  }
}

float TextModel::weight(std::uint32_t bucket) const {
  auto it = std::lower_bound(buckets_.begin(), buckets_.end(), bucket);
  return it != buckets_.end() && *it == bucket ? values_[static_cast<std::size_t>(it - buckets_.begin())] : 0.0f;
}

std::shared_ptr<const TextModel> TextModel::parse(std::string_view text) {
  std::size_t lineNo = 0;
  bool sawMagic = false, sawFamily = false, sawBuckets = false, sawBias = false, sawThreshold = false;
  FeatureFamily family = FeatureFamily::ChainLetter;
  double bias = 0, threshold = 0.5;
  std::string trainedOn;
  std::vector<float> weights(kFeatureBuckets, 0.0f);
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++lineNo;
    if (line.empty() || line.front() == '#') continue;
    auto [key, rest] = keyAndRest(line);
    if (!sawMagic) {
      if (key != "aup-text-model" || rest != "1")
        throw TextModelError(lineNo, "not an aup-milter text model (the first line must be 'aup-text-model 1')");
      sawMagic = true;
    } else if (key == "w") {
      auto [bucketText, weightText] = keyAndRest(rest);
      std::uint32_t bucket = 0;
      auto r = std::from_chars(bucketText.data(), bucketText.data() + bucketText.size(), bucket);
      if (r.ec != std::errc() || r.ptr != bucketText.data() + bucketText.size() || bucket >= kFeatureBuckets)
        throw TextModelError(lineNo, "bucket '" + std::string(bucketText) + "' is not below " + std::to_string(kFeatureBuckets));
      weights[bucket] = static_cast<float>(parseNumber(weightText, lineNo, "weight"));
    } else if (key == "family") {
      if (rest == "chain-letter") family = FeatureFamily::ChainLetter;
      else if (rest == "personal-data") family = FeatureFamily::PersonalData;
      else throw TextModelError(lineNo, "family must be chain-letter or personal-data, not '" + std::string(rest) + "'");
      sawFamily = true;
    } else if (key == "buckets") {
      if (rest != std::to_string(kFeatureBuckets))
        throw TextModelError(lineNo, "buckets " + std::string(rest) + " does not match this program's " + std::to_string(kFeatureBuckets) + " (retrain the model)");
      sawBuckets = true;
    } else if (key == "bias") {
      bias = parseNumber(rest, lineNo, "bias");
      sawBias = true;
    } else if (key == "threshold") {
      threshold = parseNumber(rest, lineNo, "threshold");
      if (threshold <= 0 || threshold >= 1) throw TextModelError(lineNo, "threshold must be between 0 and 1");
      sawThreshold = true;
    } else if (key == "trained-on") {
      trainedOn = std::string(rest);
    } else {
      throw TextModelError(lineNo, "unknown line '" + std::string(key) + "'");
    }
  }
  if (!sawMagic) throw TextModelError(lineNo, "empty model file");
  if (!sawFamily || !sawBuckets || !sawBias || !sawThreshold)
    throw TextModelError(lineNo, "incomplete model: family, buckets, bias and threshold are all required");
  return std::make_shared<const TextModel>(family, weights, bias, threshold, std::move(trainedOn));
}

double TextModel::margin(const FeatureVector& features) const {
  // Both sides are sorted by bucket: each search starts where the last one ended and gallops
  // (1, 2, 4 ... ahead) before it bisects, as the next feature's weight is usually near.
  double sum = bias_;
  auto from = buckets_.begin();
  const auto end = buckets_.end();
  for (const auto& f : features.features) {
    std::ptrdiff_t step = 1;
    auto upto = from;
    while (end - upto > step && upto[step] < f.bucket) {
      upto += step;
      step *= 2;
    }
    from = std::lower_bound(upto, end - upto > step ? upto + step + 1 : end, f.bucket);
    if (from == end) break;
    if (*from == f.bucket) sum += static_cast<double>(values_[static_cast<std::size_t>(from - buckets_.begin())]) * f.value;
  }
  return sum;
}

double TextModel::probability(const FeatureVector& features) const {
  return 1.0 / (1.0 + std::exp(-margin(features)));
}

std::vector<std::pair<std::string, double>> TextModel::strongest(const FeatureVector& features, std::size_t count,
                                                                 bool (*accept)(std::string_view)) const {
  std::vector<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < features.features.size() && i < features.names.size(); ++i) {
    double contribution = static_cast<double>(weight(features.features[i].bucket)) * features.features[i].value;
    if (contribution <= 0 || (accept && !accept(features.names[i]))) continue;
    out.emplace_back(features.names[i], contribution);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > count) out.resize(count);
  return out;
}

std::string TextModel::serialise() const {
  std::string out = "aup-text-model 1\n";
  char buf[96];
  out += "family " + std::string(toString(family_)) + "\n";
  out += "buckets " + std::to_string(kFeatureBuckets) + "\n";
  std::snprintf(buf, sizeof buf, "bias %.9g\nthreshold %.6g\n", bias_, threshold_);
  out += buf;
  out += "trained-on " + trainedOn_ + "\n";
  for (std::size_t i = 0; i < buckets_.size(); ++i) {
    std::snprintf(buf, sizeof buf, "w %u %.6g\n", buckets_[i], static_cast<double>(values_[i]));
    out += buf;
  }
  return out;
}

std::string describeFeature(std::string_view name) {
  std::string out;
  if (name.rfind("w:", 0) == 0) return std::string(name.substr(2));
  if (name.rfind("s:", 0) == 0) return "subject: " + std::string(name.substr(2));
  if (name.rfind("b:", 0) == 0) {
    out = std::string(name.substr(2));
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
  }
  if (name.rfind("#", 0) == 0) {
    out = std::string(name.substr(1));
    std::replace(out.begin(), out.end(), ':', ' ');
    return out;
  }
  return std::string(name);
}

}  // namespace aup
