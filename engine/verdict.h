#pragma once
// Verdict - the single decision for a message: action, reasons, modifications and SMTP reply.
// A value: produced by the engine, applied by the milter, printed by `aupctl scan`, logged.

#include <string>
#include <vector>

#include "engine/action.h"
#include "engine/finding.h"

namespace aup {

struct Reason {
  Finding finding;
  Action action;  // the action this reason asks for on its own
};

struct SmtpReply {
  std::string code;                // "550", "451" ("" for accept)
  std::string enhancedCode;        // "5.7.1", "4.7.1"
  std::vector<std::string> lines;  // no CR/LF; at most 32 lines (libmilter limit)
  std::string text() const;        // lines joined with newlines
};

struct ScannerTiming {
  std::string policy;
  double milliseconds = 0;
};

struct Verdict {
  Action action = Action::Accept;
  Direction direction = Direction::Inbound;
  std::vector<Reason> reasons;         // every finding, including ones that do not change the action
  std::vector<std::string> errors;     // scanner errors ("virus: engine not loaded")
  Modifications modifications;         // applied only when the action is accept
  SmtpReply reply;
  std::vector<ScannerTiming> timings;

  // The reasons that produced the final action (for replies and notices).
  std::vector<const Reason*> decisiveReasons() const;
};

// Renders a verdict as the one-line JSON object `aupctl scan` prints.
std::string verdictToJson(const Verdict& verdict);

}  // namespace aup
