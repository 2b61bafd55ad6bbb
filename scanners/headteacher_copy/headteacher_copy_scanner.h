#pragma once
// headteacher-copy - "Any Email communication with parents, carers, members of the Governing
// Body or other external agency should ALWAYS be copied to the Headteacher" (AUP "IT and E
// Technology"). Rule: roster-recipient.
//
// Fires for mail from a member of staff (an internal sender whose identity - the SASL login when
// it is an address, else MAIL FROM - is at an internal domain outside learner_domains, and is
// neither the Headteacher nor a delegate) with at least one ENVELOPE recipient on the roster,
// when the Headteacher is not already an envelope recipient (To, Cc and Bcc all end up there).
// Addresses quoted in the body or only in headers never count: the envelope is where mail goes.
//   mode add:    ask for the Headteacher as an extra envelope recipient (+ Cc header when
//                visible) and an X-AUP-Headteacher-Copy header; the finding keeps the action accept.
//   mode reject: a finding with the policy's configured action (default reject for outbound).

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/scanner.h"
#include "scanners/headteacher_copy/roster.h"
#include "scanners/scanner_factory.h"

namespace aup {

enum class HeadteacherCopyMode {
  Add,     // copy the Headteacher in and deliver
  Reject,  // refuse the message and tell the sender to copy the Headteacher
};

enum class CcHeaderMode {
  Visible,    // the Headteacher is appended to (or added as) the Cc: header: parents see the copy
  Invisible,  // envelope recipient only, like a Bcc
};

// A roster recipient: the envelope address and the roster row that covers it.
struct RosterMatch {
  std::string address;
  const RosterEntry* entry = nullptr;
};

struct HeadteacherCopySettings {
  HeadteacherCopyMode mode = HeadteacherCopyMode::Add;
  CcHeaderMode ccHeader = CcHeaderMode::Visible;
  std::set<std::string> delegates;  // normalised addresses (or bare logins) that send for the Head
  std::shared_ptr<const Roster> roster = std::make_shared<const Roster>();
};

class HeadteacherCopyScanner final : public Scanner {
 public:
  explicit HeadteacherCopyScanner(HeadteacherCopySettings settings) : settings_(std::move(settings)) {}
  std::string_view policyId() const override { return "headteacher-copy"; }
  ScanOutcome scan(const MessageView& message, const ScanContext& context) const override;

 private:
  bool isStaffSender(const Envelope& envelope, const ScanContext& context) const;
  bool headteacherIsRecipient(const Envelope& envelope, const std::string& headteacher) const;
  std::vector<RosterMatch> rosterRecipients(const Envelope& envelope) const;
  void addModifications(const MessageView& message, const std::string& headteacher, ScanOutcome& outcome) const;

  HeadteacherCopySettings settings_;
};

// The address that speaks for the sender: the SASL login when it is an address at an internal
// domain (the only identity the sender proved), else MAIL FROM.
std::string senderIdentity(const Envelope& envelope, const Organisation& org);

// "parent p***@example.org, agency a***@council.example (all of @council.example)" - roles and
// masked addresses only: the evidence goes to logs and replies, names never do.
std::string describeRosterMatches(const std::vector<RosterMatch>& matches);

// Reads [organisation] roster/headteacher and [policy.headteacher-copy] mode, cc_header,
// delegates, fold_subaddress.
ScannerFactory headteacherCopyScannerFactory();

}  // namespace aup
