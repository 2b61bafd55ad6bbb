#include "scanners/content/text_model/train_logistic.h"

#include <cmath>

namespace aup {

TrainedWeights trainLogistic(const std::vector<const TrainingExample*>& examples, const TrainingOptions& options) {
  TrainedWeights out;
  out.weights.assign(kFeatureBuckets, 0.0f);
  if (examples.empty()) return out;
  std::size_t positives = 0;
  std::vector<std::uint32_t> seen(kFeatureBuckets, 0);
  for (const auto* e : examples) {
    positives += e->positive ? 1 : 0;
    for (const auto& f : e->features.features) ++seen[f.bucket];
  }
  const std::size_t negatives = examples.size() - positives;
  std::vector<std::uint32_t> active;
  for (std::uint32_t b = 0; b < kFeatureBuckets; ++b)
    if (seen[b] >= options.minMessages) active.push_back(b);
  std::vector<char> trainable(kFeatureBuckets, 0);
  for (auto b : active) trainable[b] = 1;
  // Each class carries half the loss.
  const double posWeight = positives ? 0.5 / static_cast<double>(positives) : 0;
  const double negWeight = negatives ? 0.5 / static_cast<double>(negatives) : 0;

  std::vector<double> w(kFeatureBuckets, 0.0), grad(kFeatureBuckets, 0.0), m1(kFeatureBuckets, 0.0), m2(kFeatureBuckets, 0.0);
  double bias = std::log((static_cast<double>(positives) + 1) / (static_cast<double>(negatives) + 1));
  double bm1 = 0, bm2 = 0;
  constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
  for (int t = 1; t <= options.iterations; ++t) {
    for (auto b : active) grad[b] = options.l2 * w[b];
    double biasGrad = 0;
    for (const auto* e : examples) {
      double margin = bias;
      for (const auto& f : e->features.features)
        if (trainable[f.bucket]) margin += w[f.bucket] * f.value;
      const double p = 1.0 / (1.0 + std::exp(-margin));
      const double g = (p - (e->positive ? 1.0 : 0.0)) * (e->positive ? posWeight : negWeight);
      biasGrad += g;
      for (const auto& f : e->features.features)
        if (trainable[f.bucket]) grad[f.bucket] += g * f.value;
    }
    const double c1 = 1 - std::pow(kBeta1, t), c2 = 1 - std::pow(kBeta2, t);
    for (auto b : active) {
      m1[b] = kBeta1 * m1[b] + (1 - kBeta1) * grad[b];
      m2[b] = kBeta2 * m2[b] + (1 - kBeta2) * grad[b] * grad[b];
      w[b] -= options.learningRate * (m1[b] / c1) / (std::sqrt(m2[b] / c2) + kEpsilon);
    }
    bm1 = kBeta1 * bm1 + (1 - kBeta1) * biasGrad;
    bm2 = kBeta2 * bm2 + (1 - kBeta2) * biasGrad * biasGrad;
    bias -= options.learningRate * (bm1 / c1) / (std::sqrt(bm2 / c2) + kEpsilon);
  }
  for (auto b : active) out.weights[b] = static_cast<float>(w[b]);
  out.bias = bias;
  return out;
}

}  // namespace aup
