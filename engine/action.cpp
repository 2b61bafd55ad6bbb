#include "engine/action.h"

namespace aup {

int severityOf(Action action) {
  switch (action) {
    case Action::Accept: return 0;
    case Action::Quarantine: return 1;
    case Action::Tempfail: return 2;
    case Action::Reject: return 3;
  }
  return 3;
}

std::string_view toString(Action action) {
  switch (action) {
    case Action::Accept: return "accept";
    case Action::Quarantine: return "quarantine";
    case Action::Tempfail: return "tempfail";
    case Action::Reject: return "reject";
  }
  return "reject";
}

std::optional<Action> parseAction(std::string_view text) {
  if (text == "accept") return Action::Accept;
  if (text == "quarantine") return Action::Quarantine;
  if (text == "tempfail") return Action::Tempfail;
  if (text == "reject") return Action::Reject;
  return std::nullopt;
}

std::string_view toString(Direction direction) {
  switch (direction) {
    case Direction::Inbound: return "inbound";
    case Direction::Internal: return "internal";
    case Direction::Outbound: return "outbound";
  }
  return "inbound";
}

}  // namespace aup
