#pragma once
// `aupctl quarantine show` - one held message for review: metadata, every reason, the headers
// and a text preview, all escaped for the terminal; attachments are listed, never shown.

#include <ostream>
#include <string>

#include "quarantine/quarantine_storage.h"

namespace aup {

enum class ShowFormat {
  Text,  // for a person at a terminal
  Json,  // the metadata record only
};

void showQuarantined(QuarantineStorage& store, const std::string& id, ShowFormat format, std::ostream& out);

}  // namespace aup
