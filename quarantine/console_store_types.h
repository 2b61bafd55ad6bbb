#pragma once
// What both stores share for the console's extensions: the release-request states as stored,
// the trail event of a request closed by a direct action, and the search cursor "<received_at>:<id>" (the last row of a page; the next page starts
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

// The trail event recordDirectAction() writes for each request it closes.
inline constexpr const char* kRequestSupersededAction = "request-superseded";
// Its detail: "request <id> by <requester> closed: <what the direct action did>".
std::string supersededDetail(std::int64_t requestId, const std::string& requestedBy, const std::string& actionDetail);

// nullopt when `text` is not "<integer>:<valid quarantine id>".
std::optional<SearchCursor> parseSearchCursor(const std::string& text);
std::string searchCursorAfter(const QuarantineRecord& last);

}  // namespace aup
