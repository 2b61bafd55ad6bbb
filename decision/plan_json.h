#pragma once
// JSON for findings, verdicts and plans - the one writer behind `aupctl scan`, the audit log's
// decision lines and the quarantine's stored reasons (nlohmann-json; no hand-written escaping).

#include <nlohmann/json.hpp>

#include <string_view>

#include "decision/plan.h"

namespace aup {

nlohmann::json toJson(const Finding& finding);
// The verdict as `aupctl scan` printed it before plans existed (keys kept for scripts).
nlohmann::json toJson(const Verdict& verdict);
nlohmann::json toJson(const Modifications& modifications);
nlohmann::json toJson(const SmtpReply& reply);
// The whole plan: verdict keys at the top level (compatible), plus "plan": MTA, hold, notice.
nlohmann::json toJson(const Plan& plan);

// The audit log's decision record for a carried-out plan. `quarantineId` is set when the store
// kept the message; `failure` when an effect failed and the client was tempfailed instead.
nlohmann::json auditRecord(const Plan& plan, std::string_view quarantineId, std::string_view failure);

}  // namespace aup
