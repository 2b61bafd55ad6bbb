#pragma once
// VerdictApplier - turns one Verdict into MTA actions: reply, added recipients and headers,
// quarantine. The only place where a decision becomes an effect on the message, so adding an
// effect (e.g. the durable quarantine store) touches this file alone.

#include <string>
#include <vector>

#include "config/settings.h"
#include "engine/message_view.h"
#include "engine/verdict.h"
#include "milter/milter_actions.h"

namespace aup {

// What the end-of-message callback answers libmilter.
enum class Disposition {
  Accept,    // deliver the message with the modifications already made (SMFIS_CONTINUE)
  Reject,    // refuse with the reply already set (SMFIS_REJECT)
  Tempfail,  // ask the client to retry later, reply already set (SMFIS_TEMPFAIL)
  Discard,   // tell the client "accepted" but deliver nothing: the quarantine store holds the
             // durable copy and releases it by re-injection (SMFIS_DISCARD)
};

// QuarantineStore - keeps a reviewable copy of a held message (implemented in quarantine/).
class QuarantineStore {
 public:
  virtual ~QuarantineStore() = default;
  // Stores the message; returns its quarantine id. Throws std::runtime_error when it cannot.
  virtual std::string hold(const RawMessage& raw, const Envelope& envelope, const Verdict& verdict) = 0;
};

struct ApplyResult {
  Disposition disposition = Disposition::Tempfail;
  std::string quarantineId;  // set when a QuarantineStore kept the message
  std::string failure;       // why an effect failed ("" when everything was applied)
};

class VerdictApplier {
 public:
  // store may be null: quarantined mail then goes to the MTA's hold queue (smfi_quarantine).
  // With a store, the store's copy is the only one (the MTA's copy is discarded).
  VerdictApplier(const MilterSettings& settings, QuarantineStore* store) : settings_(settings), store_(store) {}

  // apply - performs the verdict's effects. Never throws; any refused effect becomes a tempfail.
  ApplyResult apply(const Verdict& verdict, const MessageView& message, MilterActions& actions) const;

 private:
  ApplyResult accept(const Verdict& verdict, MilterActions& actions) const;
  ApplyResult hold(const Verdict& verdict, const MessageView& message, MilterActions& actions) const;

  const MilterSettings& settings_;
  QuarantineStore* store_;
};

// Escapes a reply line for smfi_setmlreply: '%' becomes "%%", CR/LF become spaces.
std::string escapeReplyLine(std::string_view line);

// The reply lines actually sent: escaped, empty lines dropped, at most 32 (libmilter's limit).
std::vector<std::string> replyLinesForMta(const std::vector<std::string>& lines);

// The 451 4.7.1 reply used whenever the milter itself failed; `why` is logged, never sent.
void setInternalErrorReply(MilterActions& actions);

// "accept; direction=outbound" plus the policies that reported something without changing the action.
std::string verdictHeaderValue(const Verdict& verdict);

}  // namespace aup
