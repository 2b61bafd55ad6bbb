#pragma once
// The features a text model (text_model.h) reads from one message. Training (tools/text-model)
// and the milter call this same function, so a model never meets features built by other code.
//   w:<word>       each distinct word of the normalised text, lowercased; a word with digits
//                  becomes its shape ("0000", "a00000000000a")
//   b:<w1>_<w2>    each distinct pair of neighbouring words in one sentence
//   s:<word>       each word of the subject
//   #<mechanism>   facts no word list can carry: forward prefixes, recipient count, direction,
//                  attachments, and for personal data each identifier that passes its check
//                  digits, dates that can be births, and whether a person's name is beside them
// Each feature is present or absent; the vector is scaled to unit length, so a long message does
// not outweigh a short one. Features are hashed into kFeatureBuckets buckets (no vocabulary file).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/content/content_policy.h"

namespace aup {

// Which policy's mechanisms are added to the shared word features.
enum class FeatureFamily { ChainLetter, PersonalData };

inline constexpr std::uint32_t kFeatureBuckets = 1u << 20;
// Words read per message (about 9 KB of text): a bound on cost for long attachments; the model
// reads their start, the rules read all of it. Corpus messages are shorter, so training is unaffected.
inline constexpr std::size_t kMaxFeatureWords = 1500;

struct Feature {
  std::uint32_t bucket = 0;
  float value = 0;
};

struct FeatureVector {
  std::vector<Feature> features;   // sorted by bucket, buckets distinct
  std::vector<std::string> names;  // names[i] belongs to features[i]; filled only when asked for
};

// The bucket of a feature name (FNV-1a 32 bit, reduced modulo kFeatureBuckets).
std::uint32_t featureBucket(std::string_view name);

// The features of `input` for `family`. `keepNames` keeps each feature's name beside its bucket,
// for explanations and training reports (costs an allocation per feature).
FeatureVector textFeatures(const ContentInput& input, FeatureFamily family, bool keepNames = false);

}  // namespace aup
