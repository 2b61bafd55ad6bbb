#pragma once
// Roles and what each may do to a held message (docs/console.md "Roles"). Pure: the API handlers
// ask these functions and nothing else, so the table in the docs and the tests are the policy.

#include <optional>
#include <string_view>

#include "quarantine/quarantine_record.h"

namespace aup::console {

enum class Role {
  Admin,     // everything
  Dsl,       // the Designated Safeguarding Lead: reads and releases personal-data and safeguarding items
  Helpdesk,  // metadata of everything, bodies of ordinary items only; may request a release
  Auditor,   // read-only: metadata, trails and requests; no bodies of personal-data items
};

std::string_view toString(Role role);
std::optional<Role> parseRole(std::string_view text);

enum class ItemClass {
  Ordinary,      // anonymous mail, chain letters, unscannable parts ...
  PersonalData,  // held by the data-protection policy (learner or confidential data leaving)
};

// PersonalData when any reason comes from a data-protection policy.
ItemClass classify(const QuarantineRecord& record);

bool canReadBody(Role role, ItemClass item);
bool canRelease(Role role, ItemClass item);   // directly (see needsSecondPerson)
bool canDelete(Role role, ItemClass item);
bool canRequestRelease(Role role);
bool canDecideRequest(Role role, ItemClass item);
bool canAddNote(Role role);
// Downloading an attachment hands over a file nobody here has rendered or vetted: admins only.
bool canDownloadAttachment(Role role);
// With the two-person rule on, personal-data items are released only through an approved request.
bool needsSecondPerson(ItemClass item, bool twoPersonRule);

}  // namespace aup::console
