#pragma once
// TextModel - a logistic-regression classifier over textFeatures(), trained by tools/text-model
// on the corpus's tuning splits and shipped beside the rules (rules/chain-letter.model,
// rules/personal-data.model). It reads the same words the rules read and says how much the
// message as a whole looks like its policy's mail: the rules catch what they name, the model
// catches the wordings nobody wrote a rule for. A catch by the model alone is held for review.
//
// File format (text; '#' starts a comment):
//   aup-text-model 1
//   family chain-letter            (or personal-data)
//   buckets 1048576                (must equal kFeatureBuckets)
//   bias -1.25
//   threshold 0.9                  (the operating point chosen by cross-validation)
//   trained-on tuning tuning2 ...  (free text, for the record)
//   w 123456 0.8125                (bucket and weight; one line per weight that is not zero)

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scanners/content/text_model/text_features.h"

namespace aup {

class TextModel {
 public:
  // Parses a model file's text. Throws TextModelError with the line and what is wrong.
  static std::shared_ptr<const TextModel> parse(std::string_view text);

  // `weights` is dense (kFeatureBuckets, from training); only the weights that are not zero are kept.
  TextModel(FeatureFamily family, const std::vector<float>& weights, double bias, double threshold, std::string trainedOn);

  FeatureFamily family() const { return family_; }
  double threshold() const { return threshold_; }
  const std::string& trainedOn() const { return trainedOn_; }
  double bias() const { return bias_; }
  // The weight of one bucket (0 for a bucket the model has no weight for).
  float weight(std::uint32_t bucket) const;
  // How many buckets carry a weight.
  std::size_t size() const { return buckets_.size(); }

  // The score before the logistic function (bias + weights . features).
  double margin(const FeatureVector& features) const;
  // The probability that the message is its policy's mail, 0..1.
  double probability(const FeatureVector& features) const;
  // The `count` features (names needed: textFeatures(..., true)) that pushed the score up most,
  // with their contribution, strongest first. `accept` filters names (personal data: mechanisms only).
  std::vector<std::pair<std::string, double>> strongest(const FeatureVector& features, std::size_t count,
                                                        bool (*accept)(std::string_view) = nullptr) const;
  // The file text parse() reads back (weights that are exactly zero are left out).
  std::string serialise() const;

 private:
  FeatureFamily family_;
  // Sorted buckets and their weights: a few hundred KB read in order, where a dense array of
  // kFeatureBuckets floats (4 MB per model) cost a cache miss per feature (bench/content_bench).
  std::vector<std::uint32_t> buckets_;
  std::vector<float> values_;
  double bias_ = 0, threshold_ = 0.5;
  std::string trainedOn_;
};

using TextModelPtr = std::shared_ptr<const TextModel>;

struct TextModelError : std::runtime_error {
  TextModelError(std::size_t line, const std::string& what) : std::runtime_error(what), line(line) {}
  std::size_t line;
};

std::string_view toString(FeatureFamily family);

// "forward this" for "b:forward_this", "subject: fwd" for "s:fwd", "named birth-date" for
// "#named:birth-date": a feature name in words an admin reads.
std::string describeFeature(std::string_view name);

}  // namespace aup
