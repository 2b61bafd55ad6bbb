#include "console/roles.h"

namespace aup::console {

std::string_view toString(Role role) {
  switch (role) {
    case Role::Admin: return "admin";
    case Role::Dsl: return "dsl";
    case Role::Helpdesk: return "helpdesk";
    case Role::Auditor: return "auditor";
  }
  return "auditor";
}

std::optional<Role> parseRole(std::string_view text) {
  for (Role r : {Role::Admin, Role::Dsl, Role::Helpdesk, Role::Auditor}) {
    if (toString(r) == text) return r;
  }
  return std::nullopt;
}

ItemClass classify(const QuarantineRecord& record) {
  for (const auto& reason : record.request.reasons) {
    // XXX keyed on the policy id: a future policy that holds personal data must be added here.
    if (reason.policy == "dlp-unencrypted" || reason.policy.starts_with("dlp-")) return ItemClass::PersonalData;
  }
  return ItemClass::Ordinary;
}

bool canReadBody(Role role, ItemClass item) {
  switch (role) {
    case Role::Admin:
    case Role::Dsl: return true;
    case Role::Helpdesk:
    case Role::Auditor: return item == ItemClass::Ordinary;
  }
  return false;
}

bool canRelease(Role role, ItemClass item) {
  return role == Role::Admin || (role == Role::Dsl && item == ItemClass::PersonalData);
}

bool canDelete(Role role, ItemClass item) { return canRelease(role, item); }

bool canRequestRelease(Role role) { return role != Role::Auditor; }

bool canDecideRequest(Role role, ItemClass item) { return canRelease(role, item); }

bool canAddNote(Role role) { return role != Role::Auditor; }

bool canDownloadAttachment(Role role) { return role == Role::Admin; }

bool needsSecondPerson(ItemClass item, bool twoPersonRule) { return twoPersonRule && item == ItemClass::PersonalData; }

}  // namespace aup::console
