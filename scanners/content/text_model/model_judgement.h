#pragma once
// What a content policy says about its text model's view of a message: the probability (for the
// decision), the evidence line a finding carries and the lines `aupctl scan --explain` prints.
// Shared by chain-letter and dlp-unencrypted so both explain a model catch the same way.

#include <string>

#include "scanners/content/content_policy.h"
#include "scanners/content/text_model/text_model.h"

namespace aup {

// The model's probability for `input`.
double modelProbability(const TextModel& model, const ContentInput& input);

// "text model 0.97 (threshold 0.90); weighed most: forward this, everyone, subject: fwd".
// `mechanismsOnly` names only mechanism features (#...): a personal-data finding must never
// quote a person's name or other words of the message in its evidence.
std::string modelEvidence(const TextModel& model, const ContentInput& input, double probability, double threshold,
                          bool mechanismsOnly);

// The explain lines: probability, threshold, the eight strongest features for and against.
std::string modelArithmetic(const TextModel& model, const ContentInput& input, double threshold);

}  // namespace aup
