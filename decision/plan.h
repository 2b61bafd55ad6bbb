#pragma once
// Plan - everything that should happen to one message, as a value: the final verdict, what the
// MTA is told, what the quarantine keeps (with the changes to apply on release), the notice to
// the sender and what the audit log records. decide() builds it; the milter carries it out;
// `aupctl scan` prints it. Nothing here does I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/envelope.h"
#include "engine/verdict.h"

namespace aup {

// What the end-of-message callback answers libmilter.
enum class Disposition {
  Accept,    // deliver the message with the planned modifications (SMFIS_CONTINUE)
  Reject,    // refuse with the planned reply (SMFIS_REJECT)
  Tempfail,  // ask the client to retry later, with the planned reply (SMFIS_TEMPFAIL)
  Discard,   // tell the client "accepted" but deliver nothing: the quarantine store holds the
             // durable copy and releases it by re-injection (SMFIS_DISCARD)
  MtaHold,   // no store configured: deliver into Postfix's hold queue (smfi_quarantine)
};

std::string_view toString(Disposition disposition);

// One header occurrence to delete before delivery (smfi_chgheader with a null value).
struct HeaderRemoval {
  std::string name;
  int index = 1;  // 1-based among headers of this name, as libmilter counts them
};

struct MtaPlan {
  Disposition disposition = Disposition::Tempfail;
  SmtpReply reply;                           // final lines (at most 32); the edge escapes '%'
  std::vector<HeaderRemoval> removeHeaders;  // highest index first, so earlier indexes stay valid
  Modifications modifications;               // added recipients and headers, changed headers
  std::string holdReason;                    // MtaHold: the smfi_quarantine reason
};

// The store keeps the message; on release these changes are applied (the Headteacher's copy of
// a message that was held for another reason, docs/headteacher-copy.md).
struct HoldPlan {
  Modifications onRelease;
};

// A notice to the member of staff who sent a rejected or held message.
struct NoticePlan {
  std::string to;              // the verified sender (or the configured address for a trusted host)
  std::string subjectMasked;   // the Subject with identifiers masked like evidence
  std::vector<std::string> rateKeys;  // "user:<login>", "client:<ip>": each limited per hour
};

struct Plan {
  Envelope envelope;
  Verdict verdict;  // the final decision, release and notice tokens included
  MtaPlan mta;
  std::optional<HoldPlan> hold;
  std::optional<NoticePlan> notice;
  std::string noticeSkipped;       // why there is no notice ("" when there is one or none is due)
  std::string releaseCheck;        // "" (no token), or the ReleaseTokenCheck of X-AUP-Released
  std::string noticeTokenCheck;    // "" (no token), or the check of X-AUP-Notice
  std::string reference;           // quoted in tempfail replies and logged: finds the details
  // When an effect fails (store full, MTA refuses a change), the message is tempfailed with this
  // reply instead; the audit records the failure.
  SmtpReply failureReply;
};

}  // namespace aup
