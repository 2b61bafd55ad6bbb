#include "engine/engine.h"

#include <algorithm>
#include <chrono>
#include <exception>

namespace aup {

namespace {

constexpr std::size_t kMaxReplyLines = 32;   // libmilter's smfi_setmlreply limit
constexpr std::size_t kMaxReplyLineChars = 400;  // stays well inside SMTP's 512-octet reply line

// A reply line must carry no CR/LF; overlong lines are cut rather than refused by the MTA.
std::string replyLine(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\t'; }, ' ');
  if (text.size() > kMaxReplyLineChars) text = text.substr(0, kMaxReplyLineChars - 3) + "...";
  return text;
}

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

const PolicyActions& Engine::actionsFor(const std::string& policy) const {
  auto it = settings_.policies.find(policy);
  return it == settings_.policies.end() ? defaultActions_ : it->second;
}

Action Engine::actionFor(const Finding& finding, Direction direction) const {
  if (finding.actionOverride) return *finding.actionOverride;
  const PolicyActions& actions = actionsFor(finding.policy);
  return direction == Direction::Inbound ? actions.inboundAction : actions.action;
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
    std::string policy(scanner->policyId());
    const PolicyActions& actions = actionsFor(policy);
    if (!actions.enabled) continue;
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
    verdict.timings.push_back({policy, spent.count()});

    if (outcome.error) {
      verdict.errors.push_back(policy + ": " + *outcome.error);
      if (severityOf(actions.onError) > severityOf(worst)) worst = actions.onError;
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
      for (std::size_t j = i + 1; j < scanners_.size(); ++j)
        if (actionsFor(std::string(scanners_[j]->policyId())).enabled) skipped.emplace_back(scanners_[j]->policyId());
      Finding f = budgetExceeded(policy, skipped, settings_.messageBudget);
      f.actionOverride = settings_.onBudgetExceeded;
      if (severityOf(settings_.onBudgetExceeded) > severityOf(worst)) worst = settings_.onBudgetExceeded;
      verdict.reasons.push_back({std::move(f), settings_.onBudgetExceeded});
      break;
    }
  }

  verdict.action = worst;
  // Modifications only make sense for mail that is delivered as it stands.
  if (verdict.action == Action::Accept) verdict.modifications = std::move(pending);
  composeReply(verdict);
  return verdict;
}

void Engine::composeReply(Verdict& verdict) const {
  SmtpReply& reply = verdict.reply;
  const Organisation& org = settings_.organisation;
  std::string contact = org.postmaster.empty() ? std::string() : " Questions: " + org.postmaster + ".";
  switch (verdict.action) {
    case Action::Accept:
      return;
    case Action::Tempfail:
      reply.code = "451";
      reply.enhancedCode = "4.7.1";
      reply.lines.push_back(replyLine("The message could not be checked against the acceptable-use policy of " +
                                      org.name + " right now; it has not been accepted. Please try again later."));
      for (const auto* r : verdict.decisiveReasons()) {
        reply.lines.push_back(replyLine(r->finding.policy + "/" + r->finding.rule + ": " + r->finding.description));
      }
      for (const auto& e : verdict.errors) {
        if (reply.lines.size() + 1 < kMaxReplyLines) reply.lines.push_back(replyLine("Check not completed: " + e));
      }
      return;
    case Action::Quarantine:
    case Action::Reject:
      break;
  }
  bool reject = verdict.action == Action::Reject;
  reply.code = reject ? "550" : "250";
  reply.enhancedCode = reject ? "5.7.1" : "2.6.0";
  reply.lines.push_back(replyLine(reject ? settings_.replyPrefix + org.name + "."
                                         : "Your message is held for review under the acceptable-use policy of " +
                                               org.name + "."));
  for (const auto* r : verdict.decisiveReasons()) {
    if (reply.lines.size() + 4 > kMaxReplyLines) break;
    const Finding& f = r->finding;
    reply.lines.push_back(replyLine("Policy " + f.policy + " (rule " + f.rule + "): " + f.description));
    if (!f.evidence.empty()) {
      reply.lines.push_back(replyLine("  Found: " + f.evidence + (f.location.empty() ? "" : " in " + f.location)));
    }
    if (!f.advice.empty()) reply.lines.push_back(replyLine("  To fix: " + f.advice));
  }
  if (!contact.empty() && reply.lines.size() < kMaxReplyLines) reply.lines.push_back(replyLine(contact.substr(1)));
}

}  // namespace aup
