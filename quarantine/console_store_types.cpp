#include "quarantine/console_store_types.h"

#include <string_view>

#include "decision/quarantine_id.h"
#include "quarantine/quarantine_storage.h"

namespace aup {

std::string_view toString(ReleaseRequestState state) {
  switch (state) {
    case ReleaseRequestState::Requested: return "requested";
    case ReleaseRequestState::Approved: return "approved";
    case ReleaseRequestState::Denied: return "denied";
    case ReleaseRequestState::Superseded: return "superseded";
  }
  return "requested";
}

std::optional<ReleaseRequestState> parseReleaseRequestState(std::string_view text) {
  for (auto s : {ReleaseRequestState::Requested, ReleaseRequestState::Approved, ReleaseRequestState::Denied,
                 ReleaseRequestState::Superseded}) {
    if (toString(s) == text) return s;
  }
  return std::nullopt;
}

std::string supersededDetail(std::int64_t requestId, const std::string& requestedBy, const std::string& actionDetail) {
  return "request " + std::to_string(requestId) + " by " + requestedBy + " closed: " + actionDetail;
}

std::optional<SearchCursor> parseSearchCursor(const std::string& text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  SearchCursor cursor;
  try {
    std::size_t used = 0;
    cursor.receivedAt = std::stoll(text.substr(0, colon), &used);
    if (used != colon) return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
  cursor.id = text.substr(colon + 1);
  if (!isValidQuarantineId(cursor.id)) return std::nullopt;
  return cursor;
}

std::string searchCursorAfter(const QuarantineRecord& last) {
  return std::to_string(last.receivedAt) + ":" + last.id;
}

}  // namespace aup
