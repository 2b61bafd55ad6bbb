#pragma once
// QuarantineRecord - the metadata row of one held message, and HoldRequest - the plain struct a
// store is given to write one (built from the engine's Verdict + Envelope + RawMessage).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/envelope.h"
#include "engine/raw_message.h"
#include "decision/plan.h"

namespace aup {

enum class QuarantineState {
  Held,       // waiting for an admin; the message file exists
  Releasing, // an admin's release is being re-injected (its token is honoured from now on)
  Released,  // re-injected by an admin; the file is kept until purged
  Deleted,   // deleted by an admin or purged; the file is gone
};

std::string_view toString(QuarantineState state);
std::optional<QuarantineState> parseQuarantineState(std::string_view text);

// One reason the message was held, as the scanner reported it (evidence is already masked).
struct HeldReason {
  std::string policy;
  std::string rule;
  std::string action;       // the action this reason asked for ("quarantine", "reject" ...)
  std::string description;
  std::string evidence;
  std::string location;
  std::string advice;
};

// What put() needs besides the bytes. Plain data so tests and other backends can build it freely.
struct HoldRequest {
  std::string mailFrom;
  std::vector<std::string> recipients;
  std::string authUser;       // "" when not authenticated
  std::string clientAddress;
  std::string clientName;
  std::string queueId;
  std::string direction;      // "inbound" | "internal" | "outbound"
  std::string subject;        // decoded Subject (UTF-8), for list/show
  std::vector<HeldReason> reasons;
  Modifications onRelease;    // recipients and headers a release to the original recipients adds
  // Same key, same message: a store keeps one row per key, so a Postfix retry after a crash
  // between commit and reply finds the first copy (holdIdempotencyKey). "" = no deduplication.
  std::string idempotencyKey;
};

struct QuarantineRecord {
  std::string id;
  std::int64_t receivedAt = 0;  // unix seconds
  HoldRequest request;
  std::uint64_t size = 0;
  std::string sha256;           // hex of the stored bytes
  QuarantineState state = QuarantineState::Held;
  std::string actor;            // who acted last ("" while held)
  std::int64_t actedAt = 0;     // when (unix seconds, 0 while held)
  std::string actionDetail;     // e.g. "released to a@b"
  bool fileMissing = false;     // the row exists but its message file does not (flagged at open)
  std::string gateway;          // the gateway that held it ([quarantine] gateway; "" before schema 3)
};

// Builds the store's input from a plan: every reason, the decoded Subject, the release changes.
HoldRequest makeHoldRequest(const Plan& plan, std::string subject);

// The idempotency key of a held message: a digest of the Message-ID, the envelope and the body
// (everything after the header block, which the receiving Postfix's own Received: line and queue
// id cannot change). A client's retry, here or at another gateway, gets the same key; "" when the
// message has no Message-ID (then nothing is deduplicated: better twice than lost).
std::string holdIdempotencyKey(const HoldRequest& request, std::string_view message);

// The release changes as stored (JSON) and back; "" reads as none.
std::string modificationsToText(const Modifications& modifications);
Modifications modificationsFromText(const std::string& text);

// A list kept in one text column (recipients of a row or a release request): one item per line;
// empty items are dropped. Both stores use these, so a row reads the same from either.
std::string joinStoredList(const std::vector<std::string>& items);
std::vector<std::string> splitStoredList(const std::string& text);

// The unfolded value of the first header `name` (case-insensitive) in the header block of a
// message, "" when absent. Reads only the header block.
std::string headerValueOf(std::string_view message, std::string_view name);

// The record as one JSON object (for `aupctl quarantine list --json` and show --json).
std::string recordToJson(const QuarantineRecord& record);

}  // namespace aup
