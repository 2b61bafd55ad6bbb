#pragma once
// Verdict - the single decision for a message: action, reasons, modifications and SMTP reply.
// A value: produced by the engine; decide() (decision/) turns it into a Plan of effects.

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
  // What the scanners asked for when the message is held instead: applied if it is released
  // (e.g. the Headteacher's copy of parent mail held for personal data).
  Modifications heldModifications;
  SmtpReply reply;                     // filled by decide() (decision/smtp_reply.h), not the engine
  std::vector<ScannerTiming> timings;

  // The reasons that produced the final action (for replies and notices).
  std::vector<const Reason*> decisiveReasons() const;
};

}  // namespace aup
