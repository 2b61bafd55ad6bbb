#pragma once
// dlp-unencrypted - learner and personal data must not leave the organisation unencrypted
// (ITEC e-safety 1, 6; Data Protection Act). Candidates come from rules/dlp-unencrypted.rules
// (kind identifier/keyword/marker/personal/disclaimer); validators in validators/ confirm them
// and keyword proximity gives each a confidence (detection-notes 2.2):
//   base 0.6 for a validated ULN, UPN, NHS number, NINO, card or sort code + account;
//   +0.25 for a type keyword ("ULN", "NHS no", "card" ...) within `proximity` characters,
//   +0.15 for a learner-context keyword; a tabular attachment's header row counts for every row.
// Hit when (rules, in the order reported):
//   <identifier>                 an identifier at >= min_confidence (e.g. "uln")
//   identifiers                  >= medium_count distinct identifiers at >= medium_confidence
//   spreadsheet                  a csv/xlsx/ods attachment with >= tabular_count validated identifiers
//   marker-with-personal-data    a marker (not inside a disclaimer paragraph) plus a DOB next to
//                                "DOB"/"born", a medium identifier, or >= 2 phone numbers/postcodes
//   names-with-dates-of-birth    >= 3 named dates that can be births (2 with a DOB keyword); a row
//                                of a table under a DOB header counts as named
//   names-with-health-details    >= 3 list rows each with a person's name and a health/SEN detail
//   person-with-health-details   one named person's DOB (next to its keyword) and a health/SEN detail
//   learner-data-attachment      a learner-data marker and an unencrypted document attachment
//   unreadable-attachment        an attachment could not be read, or only partly (corrupt, over a
//                                limit, truncated): held (quarantine) unless report_unreadable = false.
//                                Really encrypted files (password zip/Office/PDF, S/MIME, PGP) pass.
//   personal-data-model          nothing above, and the text model (text_model/text_model.h) puts the
//                                message's probability of carrying personal data at or above its
//                                threshold: held for review (quarantine); evidence names mechanisms only
// With a model, the weakest findings (isWeakDlpFinding: a marking or topic word with something
// beside it, or one learner named near welfare words) stand only when the model finds the message
// at least `model_confirm` likely to carry personal data, so a policy document, a blank form or
// anonymised statistics are not held for their vocabulary.
// Only outbound mail (an internal sender, an external recipient); of an encrypted message (S/MIME
// enveloped or PGP/MIME root, checked by its bytes) only what travels in clear is read; encrypted
// attachments contribute nothing, complete inline PGP armour blocks are cut out. Evidence is masked ("ULN 10******43") with part, filename and line.

#include <optional>

#include "scanners/content/content_policy.h"
#include "scanners/content/text_model/text_model.h"
#include "scanners/content/validators/validators.h"

namespace aup {

struct DlpSettings {
  std::size_t proximity = 300;      // characters between an identifier and its keyword
  std::size_t dobProximity = 60;    // characters between a date and "DOB" / "date of birth"
  double minConfidence = 0.85;
  double mediumConfidence = 0.75;
  std::size_t mediumCount = 5;
  std::size_t tabularCount = 10;
  bool reportUnreadable = true;     // fail closed: what could not be read may be the data
  TextModelPtr model;               // nullptr: rules only
  double modelThreshold = 1;        // probability from which the model alone holds for review
  double modelConfirm = 0;          // weak rule findings stand only with the model at or above this
};

// The findings that rest on the least evidence (learner-data-attachment, marker-with-personal-data,
// named-learner-with-special-category): with a text model, they stand only when it agrees.
bool isWeakDlpFinding(std::string_view rule);

// The current year (UTC), the last year a date token may name.
int currentYear();

// The day the message was sent (its Date header), or today when the header is missing or unreadable.
CalendarDate messageSentDate(const MessageView& message);

// The candidate `m` (an identifier rule's match, tag = its validator) as a valid token, trying
// Hyperscan's shorter end offsets when the longest fails; nullopt when none validates.
std::optional<std::string> validIdentifier(const std::string& tag, std::string_view text, const RuleMatch& m, int year);

// Why a dlp-unencrypted rule's kind/tag pair is not one this policy knows ("" when it is): an
// identifier's tag names its validator, a keyword's the identifier it supports.
std::string dlpTagProblem(const Rule& rule);

class DlpPolicy final : public ContentPolicy {
 public:
  explicit DlpPolicy(DlpSettings settings) : settings_(settings) {}
  std::string_view policyId() const override { return "dlp-unencrypted"; }
  // Personal data is judged only in mail leaving the school.
  bool needsAttachments(const ScanContext& context) const override { return context.direction == Direction::Outbound; }
  void evaluate(const ContentInput& input, ScanOutcome& outcome) const override;
  // The text model's probability and strongest features ("" without a model or for other directions).
  std::string arithmetic(const ContentInput& input) const override;

 private:
  DlpSettings settings_;
};

}  // namespace aup
