#pragma once
// ContentPolicy - one policy that reads the message's words (chain-letter, dlp-unencrypted).
// ContentScanner builds the text and runs the shared Hyperscan database once, then hands each
// policy the merged matches; the policy keeps only its own rules' matches (Rule::policy).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scanner.h"
#include "scanners/content/message_text.h"
#include "scanners/content/rule_set.h"

namespace aup {

// Everything a content policy may look at for one message.
struct ContentInput {
  const MessageView& message;
  const ScanContext& context;
  const MessageText& text;
  const RuleSet& rules;
  const std::vector<RuleMatch>& matches;  // all policies' matches, ordered by start
  // The message's word features, hashed, sorted and distinct (text_model/text_features.cpp): the
  // first text model to read the message fills it and the other policy's model reuses it, so the
  // words are read and sorted once.
  mutable std::optional<std::vector<std::uint32_t>> wordBuckets = std::nullopt;
};

class ContentPolicy {
 public:
  virtual ~ContentPolicy() = default;
  virtual std::string_view policyId() const = 0;
  // True when the policy reads attachment text for a message in this context (extraction costs
  // time and memory; it is skipped when no policy will read it).
  virtual bool needsAttachments(const ScanContext& context) const = 0;
  // Appends this policy's findings (policy = policyId()) to `outcome`. Must not throw for content.
  virtual void evaluate(const ContentInput& input, ScanOutcome& outcome) const = 0;
  // The policy's score arithmetic for this message, for aupctl scan --explain ("" when the policy
  // decides without a score). Computed by the same code as evaluate(), so it never disagrees.
  virtual std::string arithmetic(const ContentInput& /*input*/) const { return {}; }
};

using ContentPolicyPtr = std::unique_ptr<const ContentPolicy>;

// "the phrase" as it appears in the text, shortened to `max` bytes on a UTF-8 boundary.
std::string quotePhrase(std::string_view text, std::size_t max = 80);

}  // namespace aup
