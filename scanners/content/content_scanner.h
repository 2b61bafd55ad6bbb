#pragma once
// content - the scanner behind the content policies (chain-letter, dlp-unencrypted). It builds
// the message text once (subject, text parts, HTML as text, attachment text), scans it once
// with the snapshot's single Hyperscan database of every content rule, and lets each enabled
// ContentPolicy turn the matches into findings under its own policy id, so the engine applies
// that policy's configured action. Attachments are extracted only when a policy reads them for
// the message's direction. Text the rule scan could not finish (its match cap) is reported as
// content/match-limit with quarantine: never passed as clean.

#include <vector>

#include "engine/scanner.h"
#include "scanners/content/content_policy.h"
#include "scanners/content/rule_set.h"
#include "scanners/scanner_factory.h"

namespace aup {

class ContentScanner final : public Scanner {
 public:
  ContentScanner(RuleSetPtr rules, std::vector<ContentPolicyPtr> policies, MessageTextOptions options);
  // The scanner's own name; findings, errors and timings carry the policies' ids (policyIds()).
  std::string_view policyId() const override { return "content"; }
  std::vector<std::string> policyIds() const override;
  ScanOutcome scan(const MessageView& message, const ScanContext& context) const override;

  const RuleSet& rules() const { return *rules_; }
  // True when some policy reads attachment text for a message in `context`.
  bool readsAttachments(const ScanContext& context) const;
  // The text options this scanner builds MessageText with (aupctl scan --explain rebuilds it).
  const MessageTextOptions& textOptions() const { return options_; }
  // The policies, in the order they evaluate (aupctl scan --explain asks each for its arithmetic).
  const std::vector<ContentPolicyPtr>& policies() const { return policies_; }

 private:
  RuleSetPtr rules_;
  std::vector<ContentPolicyPtr> policies_;
  MessageTextOptions options_;
};

// Reads [policy.chain-letter] rules, threshold, review_threshold and [policy.dlp-unencrypted]
// rules, proximity, min_confidence, ... (docs/rules.md); builds only the enabled policies and
// returns nullptr when neither is enabled or a rule file is broken (error recorded in the reader).
ScannerFactory contentScannerFactory();

}  // namespace aup
