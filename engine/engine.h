#pragma once
// Engine - message in, verdict out. Knows nothing of libmilter, files or sockets.
//
// An Engine is immutable after construction and shared by every milter thread through a
// PolicySnapshot; a reload builds a new Engine and swaps the snapshot pointer.

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/message_view.h"
#include "engine/organisation.h"
#include "engine/scanner.h"
#include "engine/verdict.h"

namespace aup {

// How a policy's findings become actions.
struct PolicyActions {
  bool enabled = true;
  Action action = Action::Reject;         // outbound and internal mail
  Action inboundAction = Action::Reject;  // mail from outside
  Action onError = Action::Tempfail;      // the scanner could not decide
};

struct EngineSettings {
  Organisation organisation;
  std::map<std::string, PolicyActions> policies;  // by policy id
  Action onUnscannable = Action::Tempfail;        // the MIME structure could not be fully examined
  // Time one message may take to scan, and what happens when it runs out ([milter]
  // message_budget, on_budget_exceeded). Quarantine by default: a message that always overruns
  // would otherwise be retried for days and then bounce.
  std::chrono::milliseconds messageBudget{240000};
  Action onBudgetExceeded = Action::Quarantine;
};

class Engine {
 public:
  Engine(EngineSettings settings, std::vector<ScannerPtr> scanners);

  // evaluate - runs every enabled scanner and combines their outcomes. Never throws: an
  // exception from a scanner becomes an error with that policy's onError action.
  // The time budget starts now (settings().messageBudget); the overload takes a deadline that
  // started earlier (the milter starts it before parsing).
  Verdict evaluate(const MessageView& message) const;
  Verdict evaluate(const MessageView& message, Deadline deadline) const;

  const EngineSettings& settings() const { return settings_; }
  const std::vector<ScannerPtr>& scanners() const { return scanners_; }
  // Each scanner as the verdict's timings name it (scannerLabel of its policy ids).
  std::vector<std::string> scannerLabels() const;

 private:
  Action actionFor(const Finding& finding, Direction direction) const;
  const PolicyActions& actionsFor(const std::string& policy) const;
  Action onErrorFor(const std::vector<std::string>& policies) const;

  EngineSettings settings_;
  std::vector<ScannerPtr> scanners_;
  PolicyActions defaultActions_;
};

}  // namespace aup
