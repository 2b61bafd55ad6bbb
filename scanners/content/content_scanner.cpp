#include "scanners/content/content_scanner.h"

#include <algorithm>

#include "config/install_paths.h"
#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/dlp_policy.h"
#include "scanners/content/text_model/text_model.h"

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

using T = SettingType;

// clang-format off
constexpr Setting kContentSettings[] = {
    {"policy.chain-letter.rules", T::Path, "", {}, {}, {}, "rule file (relative to this config file)", "shipped `rules/chain-letter.rules`"},
    {"policy.chain-letter.threshold", T::Double, "6", "1", "100", {},
     "score at which a chain letter gets the policy's action (needs a content signal and signals from two groups)"},
    {"policy.chain-letter.review_threshold", T::Double, "4", "0", "100", {},
     "score from which a possible chain letter is quarantined for review (must not exceed `threshold`)"},
    {"policy.chain-letter.model", T::Path, "", {}, {}, {}, "text model file (relative to this config file); docs/rules.md \"The text models\"", "shipped `rules/chain-letter.model`"},
    {"policy.chain-letter.model_threshold", T::Double, "0", "0", "1", {},
     "probability from which the text model alone holds a message for review (`chain-letter-model`); 0 = the threshold written in the model file; 1 = rules only (the model is not loaded)"},
    {"policy.chain-letter.model_confirm", T::Double, "0.5", "0", "1", {},
     "a borderline `possible-chain-letter` stands only when the text model finds the message at least this likely to be a chain letter; 0 = always stands"},
    {"policy.dlp-unencrypted.rules", T::Path, "", {}, {}, {}, "rule file (relative to this config file)", "shipped `rules/dlp-unencrypted.rules`"},
    {"policy.dlp-unencrypted.model", T::Path, "", {}, {}, {}, "text model file (relative to this config file)", "shipped `rules/personal-data.model`"},
    {"policy.dlp-unencrypted.model_threshold", T::Double, "0", "0", "1", {},
     "probability from which the text model alone holds an outbound message for review (`personal-data-model`); 0 = the threshold written in the model file; 1 = rules only (the model is not loaded)"},
    {"policy.dlp-unencrypted.model_confirm", T::Double, "0.5", "0", "1", {},
     "the weakest findings (`learner-data-attachment`, `marker-with-personal-data`, `named-learner-with-special-category`) stand only when the text model finds the message at least this likely to carry personal data; 0 = always stand"},
    {"policy.dlp-unencrypted.proximity", T::Int, "300", "10", "5000", {}, "characters between an identifier and its keyword"},
    {"policy.dlp-unencrypted.min_confidence", T::Double, "0.85", "0.5", "1", {}, "one identifier at or above this is a hit"},
    {"policy.dlp-unencrypted.medium_confidence", T::Double, "0.75", "0.5", "1", {}, "confidence that counts towards `medium_count`"},
    {"policy.dlp-unencrypted.medium_count", T::Int, "5", "1", "1000", {}, "distinct medium identifiers that together are a hit"},
    {"policy.dlp-unencrypted.tabular_count", T::Int, "10", "1", "100000", {},
     "validated identifiers in one csv/xlsx/ods attachment that are a hit"},
    {"policy.dlp-unencrypted.report_unreadable", T::Bool, "true", {}, {}, {},
     "an outbound attachment that cannot be read, or only partly (corrupt, over a limit below, text cut at `max_text_size`, out of time) is held: `dlp-unencrypted/unreadable-attachment`, quarantine. Really encrypted files (password zip/Office/PDF, S/MIME, PGP, checked by their bytes) pass. `false` lets unreadable attachments through"},
    {"policy.dlp-unencrypted.max_attachment_size", T::Size, "20M", "1k", "4G", {},
     "larger attachments are not opened (reported as unreadable)"},
    {"policy.dlp-unencrypted.max_archive_entries", T::Size, "1000", "1", "100000", {}, "zip members of one OOXML/ODF document"},
    {"policy.dlp-unencrypted.max_expansion_ratio", T::Size, "100", "2", "10000", {}, "decompressed/compressed size of one member"},
    {"policy.dlp-unencrypted.max_text_size", T::Size, "8M", "1k", "1G", {},
     "text kept per attachment; extraction stops growing the text here (an attachment cut short counts as unreadable, above)"},
    {"policy.dlp-unencrypted.extraction_timeout", T::Duration, "10s", "1s", "1h", {},
     "wall time per attachment. A PDF is read by a child process killed at this time or at the end of `message_budget`, whichever comes first; a PDF that ran out of time is unreadable (above), or, when some pages were read, its text is kept and marked cut short"},
    {"policy.dlp-unencrypted.pdf_memory_limit", T::Size, "512M", "32M", "64G", {},
     "memory a PDF reader (a child process of aup-milter, kept for up to 64 PDFs) may add to what it inherited from aup-milter when it started (its address space is capped, `RLIMIT_AS`). A PDF that needs more is unreadable (\"PDF needed more memory than allowed\"); so is one whose reader crashes (\"PDF parser crashed\"). Not enforced in AddressSanitizer builds"},
};
// clang-format on

const Setting& setting(std::string_view key) { return findSetting(kContentSettings, key); }

ChainLetterSettings readChainLetterSettings(ConfigReader& reader) {
  ChainLetterSettings s;
  s.threshold = reader.getDouble(setting("policy.chain-letter.threshold"));
  s.reviewThreshold = reader.getDouble(setting("policy.chain-letter.review_threshold"));
  if (s.reviewThreshold > s.threshold)
    reader.error("policy.chain-letter.review_threshold", "must not be above threshold");
  return s;
}

DlpSettings readDlpSettings(ConfigReader& reader, MessageTextOptions& options) {
  auto get = [](std::string_view name) -> const Setting& { return setting("policy.dlp-unencrypted." + std::string(name)); };
  DlpSettings s;
  s.proximity = static_cast<std::size_t>(reader.getInt(get("proximity")));
  s.minConfidence = reader.getDouble(get("min_confidence"));
  s.mediumConfidence = reader.getDouble(get("medium_confidence"));
  s.mediumCount = static_cast<std::size_t>(reader.getInt(get("medium_count")));
  s.tabularCount = static_cast<std::size_t>(reader.getInt(get("tabular_count")));
  s.reportUnreadable = reader.getBool(get("report_unreadable"));
  auto& l = options.limits;
  l.maxInputBytes = reader.getSize(get("max_attachment_size"));
  l.maxEntries = reader.getSize(get("max_archive_entries"));
  l.maxExpansionRatio = reader.getSize(get("max_expansion_ratio"));
  l.maxTextBytes = reader.getSize(get("max_text_size"));
  l.maxEntryBytes = std::max<std::uint64_t>(l.maxTextBytes * 4, 1u << 20);
  l.timeout = std::chrono::seconds(reader.getDurationSeconds(get("extraction_timeout")));
  l.maxPdfMemoryBytes = reader.getSize(get("pdf_memory_limit"));
  return s;
}

// [policy.<id>] enabled, as readCoreSettings read it (absent, in a test's bare Settings = on).
bool policyEnabled(const Settings& settings, const std::string& id) {
  auto it = settings.engine.policies.find(id);
  return it == settings.engine.policies.end() || it->second.enabled;
}

// [policy.<id>] rules: relative to the config file; absent = the rules shipped with aup-milter.
std::filesystem::path rulesPath(ConfigReader& reader, const std::string& id) {
  auto path = reader.getPath(setting("policy." + id + ".rules"));
  return path.empty() ? defaultRulesDir(AUP_DEFAULT_RULES_DIR) / (id + ".rules") : path;
}

// [policy.<id>] model and model_threshold: the text model beside the rules (text_model/text_model.h).
// Absent = the model shipped beside the rules; model_threshold 1 = rules only, nothing is loaded.
// Returns nullptr for rules only (model_threshold 1) or after an error recorded in the reader.
TextModelPtr readModel(ConfigReader& reader, const ScannerServices& services, const std::string& policy,
                       const std::string& shippedName, FeatureFamily family, bool enabled, double& threshold, double& confirm) {
  const std::string key = "policy." + policy + ".model";
  auto path = reader.getPath(setting(key));  // read even when switched off, so never reported unknown
  threshold = reader.getDouble(setting(key + "_threshold"));
  confirm = reader.getDouble(setting(key + "_confirm"));
  if (!enabled || threshold >= 1) return nullptr;
  if (path.empty()) path = defaultRulesDir(AUP_DEFAULT_RULES_DIR) / shippedName;
  std::string why;
  auto text = services.files->read(path, why);
  if (!text) {
    reader.error(key, "cannot read " + path.string() + ": " + why);
    return nullptr;
  }
  try {
    auto model = TextModel::parse(*text);
    if (model->family() != family) {
      reader.errorInFile(path, 1, "is a " + std::string(toString(model->family())) + " model, not " + std::string(toString(family)));
      return nullptr;
    }
    if (threshold <= 0) threshold = model->threshold();
    return model;
  } catch (const TextModelError& e) {
    reader.errorInFile(path, e.line, e.what());
    return nullptr;
  }
}

}  // namespace

ScannerFactory contentScannerFactory() {
  return {{{"chain-letter", Action::Reject, Action::Quarantine}, {"dlp-unencrypted", Action::Quarantine, Action::Quarantine}},
          kContentSettings,
          [](ConfigReader& reader, const Settings& settings, const ScannerServices& services) -> ScannerPtr {
            std::vector<RuleSet::Source> sources;
            std::vector<ContentPolicyPtr> policies;
            MessageTextOptions options;
            // Every documented key is read even for a switched-off policy, so none is reported unknown.
            auto chainRules = rulesPath(reader, "chain-letter");
            auto chain = readChainLetterSettings(reader);
            auto dlpRules = rulesPath(reader, "dlp-unencrypted");
            auto dlp = readDlpSettings(reader, options);
            const bool chainOn = policyEnabled(settings, "chain-letter"), dlpOn = policyEnabled(settings, "dlp-unencrypted");
            chain.model = readModel(reader, services, "chain-letter", "chain-letter.model", FeatureFamily::ChainLetter, chainOn, chain.modelThreshold, chain.modelConfirm);
            dlp.model = readModel(reader, services, "dlp-unencrypted", "personal-data.model", FeatureFamily::PersonalData, dlpOn, dlp.modelThreshold, dlp.modelConfirm);
            if (chainOn) {
              sources.push_back({"chain-letter", chainRules});
              policies.push_back(std::make_unique<ChainLetterPolicy>(chain));
            }
            if (dlpOn) {
              sources.push_back({"dlp-unencrypted", dlpRules, dlpTagProblem});
              policies.push_back(std::make_unique<DlpPolicy>(dlp));
            }
            if (policies.empty()) return nullptr;
            auto rules = RuleSet::load(sources, reader, *services.files);
            if (!rules) return nullptr;
            return std::make_unique<ContentScanner>(std::move(rules), std::move(policies), options);
          }};
}

}  // namespace aup
