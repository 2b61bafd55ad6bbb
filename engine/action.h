#pragma once
// Action and Direction - the two small vocabularies every policy decision is written in.

#include <optional>
#include <string>
#include <string_view>

namespace aup {

// What happens to a message. Ordered by severity: a verdict takes the most severe action of its reasons.
enum class Action {
  Accept,      // deliver (possibly with modifications such as an added recipient)
  Quarantine,  // accept from the client, hold for an admin; nothing is delivered
  Tempfail,    // 451 4.7.1: the filter could not decide; the sender retries later
  Reject,      // 550 5.7.1 with an explanation of what to fix
};

// Severity rank used to combine reasons: reject > tempfail > quarantine > accept.
// XXX tempfail ranks below reject: a message that is certainly forbidden is refused even if
// another scanner failed, since retrying cannot make it acceptable.
int severityOf(Action action);
std::string_view toString(Action action);
std::optional<Action> parseAction(std::string_view text);

// Which way a message travels, derived once per message (deriveDirection, engine/organisation.h).
enum class Direction {
  Inbound,   // from outside to us (sender is not internal)
  Internal,  // internal sender, every recipient internal
  Outbound,  // internal sender, at least one external recipient
};

std::string_view toString(Direction direction);

}  // namespace aup
