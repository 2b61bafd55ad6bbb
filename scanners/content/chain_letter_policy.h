#pragma once
// chain-letter - weighted score over distinct signals (detection-notes 3.2). Content signals
// come from rules/chain-letter.rules (kind "signal", tag = signal id, group "forwarding" or
// "threat"; negative weights allowed); structural signals are computed here:
//   S7 forward-of-forward subject (>= 3 Fwd:/Fw:/TR:/WG:/RV: prefixes: 1, >= 5: 2)   group spread
//   S8 deep quoting (>= 3 ">>>" lines or >= 3 forwarded/original-message banners)   group spread
//   S9 recipient dump (>= 15 e-mail addresses in the body)                            group spread
//   S10 many recipients (>= 20 envelope recipients, or undisclosed-recipients)       group spread
//   N1 newsletter (List-Unsubscribe or List-Id header): -3;  N2 threaded reply with S7 < 3: -1
// Decision: score >= threshold AND a content signal AND signals from >= 2 groups -> hit with
// the policy's action; otherwise score >= review_threshold with a content signal -> hit with
// actionOverride Quarantine (a person decides). Evidence lists the phrases.
// Beside the rules, a text model (text_model/text_model.h) trained on the corpus reads the whole
// message: when the rules find nothing and the model's probability reaches its threshold, the
// message is held for review (rule chain-letter-model), with the words that weighed most; and a
// borderline possible-chain-letter stands only when the model finds the message at least
// `model_confirm` likely to be one.

#include "scanners/content/content_policy.h"
#include "scanners/content/text_model/text_model.h"

namespace aup {

struct ChainLetterSettings {
  double threshold = 6;
  double reviewThreshold = 4;
  TextModelPtr model;          // nullptr: rules only
  double modelThreshold = 1;   // probability from which the model alone holds for review
  double modelConfirm = 0;     // a possible-chain-letter stands only with the model at or above this
};

class ChainLetterPolicy final : public ContentPolicy {
 public:
  explicit ChainLetterPolicy(ChainLetterSettings settings) : settings_(settings) {}
  std::string_view policyId() const override { return "chain-letter"; }
  // Chain letters travel as .txt/.docx attachments and attached forwards too, in every direction.
  bool needsAttachments(const ScanContext&) const override { return true; }
  void evaluate(const ContentInput& input, ScanOutcome& outcome) const override;
  // The same score evaluate() decides on, as a sum ("4 (chain) + 4 (forward-count) - 11 (frame)
  // + 3 (threat) = 0"), with what was not counted and the decision.
  std::string arithmetic(const ContentInput& input) const override;

 private:
  ChainLetterSettings settings_;
};

// The finding that rests on the least evidence (a borderline score held for review,
// possible-chain-letter): with a text model, it stands only when the model agrees.
bool isWeakChainFinding(std::string_view rule);

// Number of leading forward prefixes ("Fwd: FW: TR: ..." ) of a subject.
int countForwardPrefixes(std::string_view subject);

}  // namespace aup
