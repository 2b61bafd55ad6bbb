#pragma once
// What both stores share for the console's extensions: the release-request states as stored,
// and the search cursor "<received_at>:<id>" (the last row of a page; the next page starts
// strictly after it in the order received_at DESC, id ASC).

#include <cstdint>
#include <optional>
#include <string>

#include "quarantine/quarantine_record.h"

namespace aup {

struct SearchCursor {
  std::int64_t receivedAt = 0;
  std::string id;
};

// nullopt when `text` is not "<integer>:<valid quarantine id>".
std::optional<SearchCursor> parseSearchCursor(const std::string& text);
std::string searchCursorAfter(const QuarantineRecord& last);

}  // namespace aup
