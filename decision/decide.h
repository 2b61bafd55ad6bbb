#pragma once
// decide - message in, plan out: runs the engine, honours the gateway's own tokens (a release an
// admin made, a notice the gateway wrote), strips X-AUP-* headers nobody may forge, renders the
// SMTP reply and plans the hold, the notice and the audit record.
//
// Pure: the clock, the token key, the store's word on a release and the notice counts come in as
// DecisionInputs, so the same inputs always give the same plan. The milter carries the plan out;
// `aupctl scan` prints it; tests compare the two.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "decision/plan.h"
#include "decision/release_token.h"
#include "decision/smtp_reply.h"
#include "engine/engine.h"
#include "engine/message_view.h"

namespace aup {

// The settings decide() reads, taken once from the configuration into the policy snapshot.
struct DecisionSettings {
  ReplyStyle reply;
  bool addVerdictHeader = true;
  std::string verdictHeaderName = "X-AUP-Verdict";
  bool storeConfigured = true;                 // false: held mail goes to Postfix's hold queue
  std::int64_t tokenMaxAgeSeconds = 5 * 86400; // outlasts Postfix's maximal_queue_lifetime (5d)
  // Policies whose findings still stop a released message (the admin reviewed the rest).
  std::set<std::string> enforcedOnRelease = {"virus", "dangerous-attachment"};
  bool noticesEnabled = true;
  std::string noticeFrom;                      // notices' own sender: never notified
  std::string trustedHostNoticeTo;             // notices about trusted hosts without a login ("" = none)
  std::int64_t noticeRatePerHour = 10;         // per login and per client
};

struct DecisionInputs {
  std::int64_t now = 0;                       // unix seconds
  std::string tokenKey;                       // "" = no token is ever honoured
  std::optional<ReleaseGrant> releaseGrant;   // the store's row for X-AUP-Released's id
  std::map<std::string, std::int64_t> noticesThisHour;  // by rate key ("user:x", "client:ip")
};

// The full plan for a message: engine.evaluate() plus everything above.
// The engine's message_budget starts now; the milter, which starts it before parsing, runs
// engine.evaluate(view, deadline) and planFor() itself.
Plan decide(const Engine& engine, const MessageView& message, const DecisionSettings& settings,
            const DecisionInputs& inputs);

// The same from a verdict already computed (tests, and callers that time the engine separately).
Plan planFor(Verdict verdict, const MessageView& message, const Organisation& organisation,
             const DecisionSettings& settings, const DecisionInputs& inputs);

// The rate keys a notice about this envelope counts against (the edge reads their counts).
std::vector<std::string> noticeRateKeys(const Envelope& envelope);

// "accept; direction=outbound" plus the policies that reported something without changing the action.
std::string verdictHeaderValue(const Verdict& verdict);

// The Subject with identifier-like runs (six or more digits, with spaces, hyphens, '/' or '.'
// inside) masked as evidence is ("ULN 71******26").
std::string maskSubject(std::string_view subject);

}  // namespace aup
