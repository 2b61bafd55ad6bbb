#pragma once
// Roster - the people and organisations whose mail must be copied to the Headteacher: parents,
// carers, governors and external agencies, exported nightly from the school's MIS as CSV.
//
// File format (docs/headteacher-copy.md): a header naming the columns `email,role,name` (any
// order, extra columns ignored), then one row per address. An email of the form `@domain`
// covers every address at exactly that domain (agencies: a council, the police). Addresses
// compare case-insensitively; `user+tag@` folds to `user@` when sub-address folding is on.
//
// Contract: a Roster is immutable after load and shared by every milter thread. Loading never
// throws: row problems are warnings (the row is skipped, the rest loads); problems that make the
// whole file untrustworthy (unreadable, no header, an unterminated quote) are errors.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aup {

enum class RosterRole {
  Parent,
  Carer,
  Governor,
  Agency,
};

std::string_view toString(RosterRole role);
std::optional<RosterRole> parseRosterRole(std::string_view text);

// How addresses are normalised before they are compared.
enum class SubaddressFolding {
  Off,     // "user+tag@x" and "user@x" are different people (RFC 5321: the local part is opaque)
  PlusTag, // "user+tag@x" is "user@x" (Gmail, Outlook.com, most modern providers)
};

struct RosterEntry {
  std::string key;   // normalised address, or "@domain" for a domain row
  RosterRole role = RosterRole::Parent;
  std::string name;  // as exported; never logged (personal data)
  std::size_t line = 0;
};

// One problem with one line of the roster file (line 0: the file as a whole).
struct RosterIssue {
  std::size_t line = 0;
  std::string message;
};

struct RosterLoadReport {
  std::vector<RosterIssue> warnings;  // rows skipped or duplicated; the roster is still usable
  std::vector<RosterIssue> errors;    // the file as a whole cannot be trusted; do not use it
};

class Roster {
 public:
  Roster() = default;  // an empty roster: nobody is on it

  // parse - builds a roster from CSV text; every problem goes into `report`.
  static Roster parse(std::string_view text, SubaddressFolding folding, RosterLoadReport& report);

  // find - the entry covering `address`: an exact address row first, then a domain row.
  const RosterEntry* find(std::string_view address) const;
  // normalise - lower case, sub-address folded as configured ("" for an empty address).
  std::string normalise(std::string_view address) const;

  std::size_t addressCount() const { return addresses_.size(); }
  std::size_t domainCount() const { return domains_.size(); }
  bool empty() const { return addresses_.empty() && domains_.empty(); }

 private:
  void addRow(const std::vector<std::string>& fields, std::size_t line, std::size_t emailColumn,
              std::size_t roleColumn, std::optional<std::size_t> nameColumn, RosterLoadReport& report);

  SubaddressFolding folding_ = SubaddressFolding::Off;
  std::unordered_map<std::string, RosterEntry> addresses_;  // by normalised address
  std::unordered_map<std::string, RosterEntry> domains_;    // by lower-case domain
};

// Folds "user+tag@domain" to "user@domain" (already lower-cased input; other text unchanged).
std::string foldSubaddress(std::string_view address);

// "p***@example.org" - enough to recognise an address in a log or reply, not to harvest it.
std::string maskAddress(std::string_view address);

}  // namespace aup
