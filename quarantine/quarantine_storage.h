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
};

}  // namespace aup
