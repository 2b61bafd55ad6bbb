#pragma once
// aupctl scan --explain: how the content policies read one message. For every content-rule
// match it prints the rule, its signal/tag and weight, where it was (part and line) and the
// normalised paragraph text around it; then the chain-letter score arithmetic (each signal
// counted once at its heaviest rule, the sum against the thresholds) and the findings.
// Read-only: it rebuilds the text and rescans it with the snapshot's own rule database.

#include <ostream>

#include "engine/message_view.h"
#include "engine/verdict.h"
#include "scanners/policy_snapshot.h"

namespace aup {

// Writes the explanation of `verdict` for `view` to `out` (nothing when content is switched off).
void explainContent(const PolicySnapshot& snapshot, const MessageView& view, const Verdict& verdict, std::ostream& out);

}  // namespace aup
