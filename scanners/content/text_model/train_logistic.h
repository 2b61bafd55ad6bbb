#pragma once
// Training for TextModel: L2-regularised logistic regression, full batch, Adam steps. Small and
// deterministic (no random order): the same examples give the same model, so a retrained model
// file differs from the committed one only when the corpus or the features changed.

#include <cstddef>
#include <vector>

#include "scanners/content/text_model/text_features.h"

namespace aup {

struct TrainingExample {
  FeatureVector features;
  bool positive = false;
};

struct TrainingOptions {
  double l2 = 1e-3;            // weight of 0.5*|w|^2 against the mean log-loss
  int iterations = 400;
  double learningRate = 0.05;
  // A feature seen in fewer training messages keeps weight 0: one message's own words (a name,
  // a place) would otherwise be learnt as evidence.
  std::size_t minMessages = 2;
};

struct TrainedWeights {
  std::vector<float> weights;  // kFeatureBuckets
  double bias = 0;
};

// Positives and negatives weigh the same in total, whatever their counts.
TrainedWeights trainLogistic(const std::vector<const TrainingExample*>& examples, const TrainingOptions& options);

}  // namespace aup
