#pragma once
// The keys of the core sections ([milter], [organisation], [engine], [limits], [log],
// [quarantine], [notices]), declared once. Policies declare their own in their folders.

#include <span>

#include "config/setting.h"

namespace aup {

std::span<const Setting> coreSettings();

// The declaration of a core key (throws std::logic_error for an undeclared one).
const Setting& coreSetting(std::string_view key);

}  // namespace aup
