#pragma once
// Finding - one piece of evidence a scanner reports against a policy.

#include <optional>
#include <string>
#include <vector>

#include "engine/action.h"
#include "engine/message_view.h"

namespace aup {

struct Finding {
  std::string policy;      // policy id, e.g. "anonymous"
  std::string rule;        // rule id within the policy, e.g. "missing-from"
  std::string description; // what is wrong, in words the sender understands
  std::string evidence;    // what was seen, personal data masked ("ULN 12******90")
  std::string location;    // where it was seen ("header From", "part 2 (pupils.csv) line 4")
  std::string advice;      // how to put it right ("copy the Headteacher", ...)
  double confidence = 1.0; // 0..1
  // A scanner may settle the action itself (e.g. a borderline chain letter goes to review,
  // a headteacher copy that was simply added stays accept); otherwise the policy's configured
  // action for the message's direction applies.
  std::optional<Action> actionOverride;
};

// Changes a scanner asks for when the message is accepted.
struct HeaderChange {
  std::string name;
  int index = 1;           // 1-based occurrence to change (smfi_chgheader semantics)
  std::string value;       // new value
};

struct Modifications {
  std::vector<std::string> addRecipients;
  std::vector<HeaderField> addHeaders;
  std::vector<HeaderChange> changeHeaders;
  bool empty() const { return addRecipients.empty() && addHeaders.empty() && changeHeaders.empty(); }
};

// ScanOutcome - what one scanner returns. An empty outcome (no findings, no error) is "nothing found".
struct ScanOutcome {
  std::vector<Finding> findings;
  Modifications modifications;
  std::optional<std::string> error;  // the scanner could not decide (engine down, limit hit ...)
  // The one policy the error concerns (a shared scanner); unset = all of the scanner's policies.
  std::optional<std::string> errorPolicy;
};

}  // namespace aup
