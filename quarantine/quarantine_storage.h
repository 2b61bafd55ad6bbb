#pragma once
// QuarantineStorage - where held messages live. One interface so a shared database backend can
// follow for multi-gateway sites; SqliteQuarantineStorage is the local implementation.
//
// Contract: put() returns only when the message bytes and the metadata row are durable; any
// failure throws QuarantineWriteError and leaves nothing half-visible (the caller tempfails).
// Every method taking an id validates it (InvalidQuarantineId) before touching anything.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/raw_message.h"
#include "quarantine/quarantine_record.h"

namespace aup {

// The store could not keep a message (disk full, permissions, database locked too long).
class QuarantineWriteError : public std::runtime_error {
 public:
  explicit QuarantineWriteError(const std::string& what) : std::runtime_error(what) {}
};

struct QuarantineFilter {
  std::string policy;     // "" = any; else a reason with this policy id
  std::string sender;     // "" = any; substring of MAIL FROM, case-insensitive
  std::string recipient;  // "" = any; substring of any recipient, case-insensitive
  std::int64_t since = 0; // received at or after (unix seconds)
  std::optional<QuarantineState> state;
};

// What open-time recovery found (see docs/quarantine.md "After a crash").
struct ConsistencyReport {
  std::vector<std::string> recoveredOrphans;  // files without a row: a row was added (state held)
  std::vector<std::string> missingFiles;      // rows whose file is gone: flagged file_missing
  std::size_t staleTempFiles = 0;             // unfinished writes removed (their client got 451)
};

// --- Console extensions (issue 14): the per-message trail, notes, release requests, search. ---

// One thing a person or program did to a held message: the record the CLI and the console both
// write (docs/console.md "Audit"). The audit log gets the same facts.
struct QuarantineEvent {
  std::int64_t seq = 0;         // store-assigned, increasing; 0 before append
  std::string messageId;
  std::int64_t at = 0;          // unix seconds; 0 = now (the store fills it in)
  std::string actor;            // who: "jbloggs (via sudo)", "console:alice"
  std::string origin;           // from where: "aupctl on gw1", "console 10.0.0.5"
  std::string action;           // what: release, release-failed, delete, note, release-request, approve, deny
  std::string reason;           // why, as the person gave it ("" when none was asked)
  std::string detail;           // e.g. "released to a@b, c@d"
  std::string mtaReply;         // the SMTP server's last reply to a release ("" otherwise)
};

struct QuarantineNote {
  std::int64_t id = 0;
  std::string messageId;
  std::int64_t at = 0;
  std::string author;
  std::string text;
};

enum class ReleaseRequestState {
  Requested,   // waiting for someone other than the requester to decide
  Approved,    // decided yes; the release itself is a separate event (it may still fail)
  Denied,      // decided no
  Superseded,  // never decided: the message was released or deleted directly while it waited
               // (decidedBy = who did that, decisionNote = what: "released to ..." or "deleted")
};
std::string_view toString(ReleaseRequestState state);
std::optional<ReleaseRequestState> parseReleaseRequestState(std::string_view text);

struct ReleaseRequest {
  std::int64_t id = 0;          // store-assigned
  std::string messageId;
  std::int64_t requestedAt = 0; // 0 = now
  std::string requestedBy;
  std::string reason;
  std::vector<std::string> recipients;  // empty = the original recipients
  ReleaseRequestState state = ReleaseRequestState::Requested;
  std::string decidedBy;        // "" while requested
  std::int64_t decidedAt = 0;
  std::string decisionNote;
};

struct RequestCreation {
  std::int64_t id = 0;   // the request made, or the one that already existed
  bool created = false;  // false: it already existed and nothing was recorded
};

// search(): every field narrows; "" / nullopt / 0 = any. Text fields match case-insensitive
// substrings (a % or _ means itself); policy, rule, direction and state match exactly.
struct QuarantineSearch {
  std::string sender, recipient, subject, policy, rule, direction;
  std::optional<QuarantineState> state;
  std::int64_t since = 0;       // received at or after (unix seconds)
  std::int64_t until = 0;       // received before (unix seconds); 0 = no bound
  std::size_t limit = 50;       // 1..kMaxSearchLimit, else std::invalid_argument
  std::string after;            // keyset cursor from the previous page's nextCursor; "" = first page
};
inline constexpr std::size_t kMaxSearchLimit = 500;

struct QuarantinePage {
  std::vector<QuarantineRecord> records;  // newest first (received_at DESC, id ASC)
  std::string nextCursor;                 // "" when this is the last page
};

// How much held mail waits for a decision (metrics, `aupctl status`).
struct QuarantineBacklog {
  std::int64_t held = 0;            // messages in state held
  std::int64_t oldestReceived = 0;  // unix seconds the oldest of them arrived; 0 when none
};

class QuarantineStorage {
 public:
  virtual ~QuarantineStorage() = default;
  // Stores `bytes` durably with its metadata; returns the new id, or the id of the message already
  // stored under request.idempotencyKey (a retry: nothing new is stored).
  virtual std::string put(const HoldRequest& request, const RawMessage& bytes) = 0;
  virtual std::optional<QuarantineRecord> get(const std::string& id) = 0;
  // Newest first.
  virtual std::vector<QuarantineRecord> list(const QuarantineFilter& filter) = 0;
  // The exact stored bytes; throws std::runtime_error when the file is gone.
  virtual std::string readMessage(const std::string& id) = 0;
  // Records an admin action on the row (state, who, when, detail); Deleted also removes the file.
  virtual void setState(const std::string& id, QuarantineState state, const std::string& actor,
                        const std::string& detail) = 0;
  // The guarded form of setState: changes the row only while it is in state `from` (one
  // UPDATE ... WHERE state = from), so a release started on two gateways at once happens once.
  // Returns false, changing nothing, when the row is in another state or absent.
  virtual bool transitionState(const std::string& id, QuarantineState from, QuarantineState to,
                               const std::string& actor, const std::string& detail) = 0;
  // Removes file and row of every message received before `cutoff` (the audit log keeps the trail);
  // returns their ids.
  virtual std::vector<std::string> purge(std::int64_t cutoff) = 0;
  virtual QuarantineBacklog backlog() = 0;

  // --- Console extensions (issue 14). Every backend implements all of them; ids are validated
  // (InvalidQuarantineId) and a message id that has no row throws std::runtime_error. ---

  // Appends one event to the message's trail; returns its seq.
  virtual std::int64_t appendEvent(const QuarantineEvent& event) = 0;
  // The message's trail, oldest first.
  virtual std::vector<QuarantineEvent> events(const std::string& id) = 0;
  // Adds a note (1..kMaxNoteBytes bytes, else std::invalid_argument); returns its id.
  virtual std::int64_t addNote(const std::string& id, const std::string& author, const std::string& text) = 0;
  // The message's notes, oldest first.
  virtual std::vector<QuarantineNote> notes(const std::string& id) = 0;
  // Records a request in state requested; returns its id.
  virtual std::int64_t createReleaseRequest(const ReleaseRequest& request) = 0;
  // Records `request` unless the message already has a request by request.requestedBy (in any
  // state): then records nothing and returns that one's id with created = false. Atomic among
  // processes and gateways, so a "request release" link submitted twice at once makes one request.
  virtual RequestCreation createReleaseRequestOnce(const ReleaseRequest& request) = 0;
  virtual std::optional<ReleaseRequest> releaseRequest(std::int64_t requestId) = 0;
  // Requests in `state` (nullopt = all), for one message when `messageId` is not "", oldest first.
  virtual std::vector<ReleaseRequest> releaseRequests(std::optional<ReleaseRequestState> state,
                                                      const std::string& messageId) = 0;
  // Moves a request from requested to `decision` (approved or denied) atomically; false when it
  // was no longer requested (someone decided first, or it was superseded) or does not exist.
  virtual bool decideReleaseRequest(std::int64_t requestId, ReleaseRequestState decision, const std::string& decidedBy,
                                    const std::string& note) = 0;
  // The end of a direct release or delete (quarantine/release.h), in one transaction: the row
  // becomes `state` (as setState, with event.actor and event.detail; Deleted also removes the
  // bytes), `event` joins the trail, and every request of the message still in state requested
  // becomes superseded (decidedBy = event.actor, decisionNote = event.detail), each with a
  // "request-superseded" event in the trail. Returns the requests it closed, as they now are
  // (none: an empty list). Throws like setState; on a throw nothing of it is recorded.
  virtual std::vector<ReleaseRequest> recordDirectAction(QuarantineState state, const QuarantineEvent& event) = 0;
  // One page of matching messages (see QuarantineSearch); std::invalid_argument on a bad limit or cursor.
  virtual QuarantinePage search(const QuarantineSearch& query) = 0;
  // The schema version the store is at (SQLite: PRAGMA user_version).
  virtual int schemaVersion() = 0;
};

inline constexpr std::size_t kMaxNoteBytes = 4000;

}  // namespace aup
