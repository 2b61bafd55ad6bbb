#include "engine/engine.h"

#include <algorithm>
#include <chrono>
#include <exception>

namespace aup {

namespace {

// The per-message time budget ran out during `policy`: what was not examined is "not fully
// checked", held (or tempfailed) as configured rather than passed.
Finding budgetExceeded(const std::string& policy, const std::vector<std::string>& skipped, std::chrono::milliseconds budget) {
  std::string notRun;
  for (const auto& p : skipped) notRun += (notRun.empty() ? "" : ", ") + p;
  Finding f;
  f.policy = "engine";
  f.rule = "message-budget";
  f.description = "The message could not be fully checked in the time allowed (" +
                  std::to_string(budget.count() / 1000) + " s).";
  f.evidence = "time ran out during " + policy + (notRun.empty() ? "" : "; not run: " + notRun);
  f.location = "message";
  f.advice = "Send fewer or smaller attachments.";
  return f;
}

}  // namespace

Engine::Engine(EngineSettings settings, std::vector<ScannerPtr> scanners)
    : settings_(std::move(settings)), scanners_(std::move(scanners)) {}

std::string scannerLabel(const std::vector<std::string>& policyIds) {
  std::string label;
  for (const auto& p : policyIds) label += (label.empty() ? "" : "+") + p;
  return label;
}

std::vector<std::string> Engine::scannerLabels() const {
  std::vector<std::string> labels;
  for (const auto& scanner : scanners_) labels.push_back(scannerLabel(scanner->policyIds()));
  return labels;
}

const PolicyActions& Engine::actionsFor(const std::string& policy) const {
  auto it = settings_.policies.find(policy);
  return it == settings_.policies.end() ? defaultActions_ : it->second;
}

Action Engine::actionFor(const Finding& finding, Direction direction) const {
  if (finding.actionOverride) return *finding.actionOverride;
  const PolicyActions& actions = actionsFor(finding.policy);
  return direction == Direction::Inbound ? actions.inboundAction : actions.action;
}

// The most severe on_error among the enabled policies (a check none of them could make).
Action Engine::onErrorFor(const std::vector<std::string>& policies) const {
  Action worst = Action::Accept;
  for (const auto& p : policies) {
    const PolicyActions& actions = actionsFor(p);
    if (actions.enabled && severityOf(actions.onError) >= severityOf(worst)) worst = actions.onError;
  }
  return worst;
}

Verdict Engine::evaluate(const MessageView& message) const {
  return evaluate(message, Deadline::after(settings_.messageBudget));
}

Verdict Engine::evaluate(const MessageView& message, Deadline deadline) const {
  Verdict verdict;
  const Organisation& org = settings_.organisation;
  verdict.direction = deriveDirection(message.envelope(), org);
  ScanContext context{org, verdict.direction, isInternalSender(message.envelope(), org), deadline};
  Action worst = Action::Accept;
  Modifications pending;

  if (message.incomplete()) {
    Finding f{"engine", "unscannable", "The message could not be fully examined.", message.incompleteReason(), "message",
              "Send the content in a simpler form (fewer or smaller attachments).", 1.0, settings_.onUnscannable};
    verdict.reasons.push_back({f, settings_.onUnscannable});
    worst = settings_.onUnscannable;
  }

  for (std::size_t i = 0; i < scanners_.size(); ++i) {
    const auto& scanner = scanners_[i];
    // A scanner may feed several policies (content: chain-letter and dlp-unencrypted); it runs
    // when any of them is enabled, and its errors take the on_error of the policy they concern.
    const std::vector<std::string> policies = scanner->policyIds();
    bool enabled = std::any_of(policies.begin(), policies.end(), [&](const std::string& p) { return actionsFor(p).enabled; });
    if (!enabled) continue;
    const std::string label = scannerLabel(policies);
    auto started = std::chrono::steady_clock::now();
    ScanOutcome outcome;
    try {
      outcome = scanner->scan(message, context);
    } catch (const std::exception& e) {
      outcome.error = std::string("internal error: ") + e.what();
    } catch (...) {
      outcome.error = "internal error";
    }
    std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - started;
    verdict.timings.push_back({label, spent.count()});

    if (outcome.error) {
      Action onError = onErrorFor(outcome.errorPolicy ? std::vector<std::string>{*outcome.errorPolicy} : policies);
      verdict.errors.push_back(outcome.errorPolicy.value_or(label) + ": " + *outcome.error);
      if (severityOf(onError) > severityOf(worst)) worst = onError;
    }
    for (auto& finding : outcome.findings) {
      Action action = actionFor(finding, verdict.direction);
      if (severityOf(action) > severityOf(worst)) worst = action;
      verdict.reasons.push_back({std::move(finding), action});
    }
    auto& mods = outcome.modifications;
    pending.addRecipients.insert(pending.addRecipients.end(), mods.addRecipients.begin(), mods.addRecipients.end());
    pending.addHeaders.insert(pending.addHeaders.end(), mods.addHeaders.begin(), mods.addHeaders.end());
    pending.changeHeaders.insert(pending.changeHeaders.end(), mods.changeHeaders.begin(), mods.changeHeaders.end());
    if (deadline.expired()) {
      // Scanners stop their loops at the deadline, so this one (and the rest) did not see everything.
      std::vector<std::string> skipped;
      for (std::size_t j = i + 1; j < scanners_.size(); ++j) {
        for (const auto& p : scanners_[j]->policyIds()) {
          if (actionsFor(p).enabled) skipped.push_back(p);
        }
      }
      Finding f = budgetExceeded(label, skipped, settings_.messageBudget);
      f.actionOverride = settings_.onBudgetExceeded;
      if (severityOf(settings_.onBudgetExceeded) > severityOf(worst)) worst = settings_.onBudgetExceeded;
      verdict.reasons.push_back({std::move(f), settings_.onBudgetExceeded});
      break;
    }
  }

  verdict.action = worst;
  // Modifications only make sense for mail that is delivered as it stands; a held message keeps
  // them for its release.
  if (verdict.action == Action::Accept) verdict.modifications = std::move(pending);
  if (verdict.action == Action::Quarantine) verdict.heldModifications = std::move(pending);
  return verdict;
}

}  // namespace aup
