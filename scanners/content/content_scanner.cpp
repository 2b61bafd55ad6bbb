#include "scanners/content/content_scanner.h"

#include <algorithm>

#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/dlp_policy.h"

namespace aup {

std::string quotePhrase(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return std::string(text.substr(0, cut)) + "...";
}

ContentScanner::ContentScanner(RuleSetPtr rules, std::vector<ContentPolicyPtr> policies, MessageTextOptions options)
    : rules_(std::move(rules)), policies_(std::move(policies)), options_(options) {}

bool ContentScanner::readsAttachments(const ScanContext& context) const {
  return std::any_of(policies_.begin(), policies_.end(),
                     [&](const ContentPolicyPtr& p) { return p->needsAttachments(context); });
}

std::vector<std::string> ContentScanner::policyIds() const {
  std::vector<std::string> ids;
  for (const auto& policy : policies_) ids.emplace_back(policy->policyId());
  return ids;
}

namespace {

// The text rules could not all be run over: the match cap stopped the scan part-way.
Finding notFullyChecked(std::size_t textBytes) {
  Finding f;
  f.policy = "engine";  // a limit of the whole text scan, like engine/message-budget
  f.rule = "match-limit";
  f.description = "The message text holds so many numbers or phrases to check that it could not all be checked, "
                  "so the message is held.";
  f.evidence = "more candidate matches than the scan collects, in " + std::to_string(textBytes >> 10) + " KiB of text";
  f.location = "message text";
  f.advice = "Send long lists of numbers as an encrypted attachment, or split the message.";
  f.actionOverride = Action::Quarantine;
  return f;
}

}  // namespace

ScanOutcome ContentScanner::scan(const MessageView& message, const ScanContext& context) const {
  ScanOutcome outcome;
  // Extraction is the costly step: run it only when a policy will read attachments for this
  // message (personal data is judged only when it leaves the school).
  MessageTextOptions options = options_;
  options.extractAttachments = readsAttachments(context);
  MessageText text = buildMessageText(message, options, context.deadline);
  RuleScanResult result = rules_->scan(text.text);
  if (!result.error.empty()) {
    outcome.error = result.error;
    return outcome;
  }
  // XXX a flood of candidates (megabytes of digits) stops collection at the cap: the policies
  // still judge what was collected (a certain hit keeps its action), and the rest, never
  // examined, holds the message for a person instead of passing it as clean.
  ContentInput input{message, context, text, *rules_, result.matches};
  for (const auto& policy : policies_) policy->evaluate(input, outcome);
  if (result.truncated) outcome.findings.push_back(notFullyChecked(text.text.size()));
  return outcome;
}

namespace {

ChainLetterSettings readChainLetterSettings(ConfigReader& reader) {
  ChainLetterSettings s;
  s.threshold = reader.getDouble("policy.chain-letter.threshold", s.threshold, 1, 100);
  s.reviewThreshold = reader.getDouble("policy.chain-letter.review_threshold", s.reviewThreshold, 0, 100);
  if (s.reviewThreshold > s.threshold)
    reader.error("policy.chain-letter.review_threshold", "must not be above threshold");
  return s;
}

DlpSettings readDlpSettings(ConfigReader& reader, MessageTextOptions& options) {
  const std::string p = "policy.dlp-unencrypted.";
  DlpSettings s;
  s.proximity = static_cast<std::size_t>(reader.getInt(p + "proximity", static_cast<std::int64_t>(s.proximity), 10, 5000));
  s.minConfidence = reader.getDouble(p + "min_confidence", s.minConfidence, 0.5, 1.0);
  s.mediumConfidence = reader.getDouble(p + "medium_confidence", s.mediumConfidence, 0.5, 1.0);
  s.mediumCount = static_cast<std::size_t>(reader.getInt(p + "medium_count", static_cast<std::int64_t>(s.mediumCount), 1, 1000));
  s.tabularCount = static_cast<std::size_t>(reader.getInt(p + "tabular_count", static_cast<std::int64_t>(s.tabularCount), 1, 100000));
  s.reportUnreadable = reader.getBool(p + "report_unreadable", s.reportUnreadable);
  auto& l = options.limits;
  l.maxInputBytes = reader.getSize(p + "max_attachment_size", l.maxInputBytes, 1024, 1ull << 32);
  l.maxEntries = reader.getSize(p + "max_archive_entries", l.maxEntries, 1, 100000);
  l.maxExpansionRatio = reader.getSize(p + "max_expansion_ratio", l.maxExpansionRatio, 2, 10000);
  l.maxTextBytes = reader.getSize(p + "max_text_size", l.maxTextBytes, 1024, 1ull << 30);
  l.maxEntryBytes = std::max<std::uint64_t>(l.maxTextBytes * 4, 1u << 20);
  l.timeout = std::chrono::seconds(reader.getDurationSeconds(p + "extraction_timeout", 10, 1, 3600));
  l.maxPdfMemoryBytes = reader.getSize(p + "pdf_memory_limit", l.maxPdfMemoryBytes, 32u << 20, 1ull << 36);
  return s;
}

// [policy.<id>] enabled, as readCoreSettings read it (absent = on).
bool policyEnabled(const Settings& settings, const std::string& id) {
  auto it = settings.engine.policies.find(id);
  return it == settings.engine.policies.end() || it->second.enabled;
}

// [policy.<id>] rules: relative to the config file; absent = the rules shipped with aup-milter.
std::filesystem::path rulesPath(ConfigReader& reader, const std::string& id) {
  std::string key = "policy." + id + ".rules";
  if (reader.has(key)) return reader.getPath(key, "");
  return std::filesystem::path(AUP_DEFAULT_RULES_DIR) / (id + ".rules");
}

}  // namespace

ScannerFactory contentScannerFactory() {
  return {"content", [](ConfigReader& reader, const Settings& settings) -> ScannerPtr {
            std::vector<RuleSet::Source> sources;
            std::vector<ContentPolicyPtr> policies;
            MessageTextOptions options;
            // Every documented key is read even for a switched-off policy, so none is reported unknown.
            auto chainRules = rulesPath(reader, "chain-letter");
            auto chain = readChainLetterSettings(reader);
            auto dlpRules = rulesPath(reader, "dlp-unencrypted");
            auto dlp = readDlpSettings(reader, options);
            if (policyEnabled(settings, "chain-letter")) {
              sources.push_back({"chain-letter", chainRules});
              policies.push_back(std::make_unique<ChainLetterPolicy>(chain));
            }
            if (policyEnabled(settings, "dlp-unencrypted")) {
              sources.push_back({"dlp-unencrypted", dlpRules, dlpTagProblem});
              policies.push_back(std::make_unique<DlpPolicy>(dlp));
            }
            if (policies.empty()) return nullptr;
            auto rules = RuleSet::load(sources, reader);
            if (!rules) return nullptr;
            return std::make_unique<ContentScanner>(std::move(rules), std::move(policies), options);
          }};
}

}  // namespace aup
