#pragma once
// mailLogLine - the one line per decision that goes to syslog (facility mail), keyed by the
// Postfix queue id like Postfix's own lines, so `grep 4Xyz1234 /var/log/mail.log` shows smtpd,
// cleanup, aup-milter and delivery together:
//
//   4Xyz1234: reject: policy=chain-letter rule=chain-letter from=<j.smith@school.example> to=<friend@example.net> direction=outbound
//   4Xyz1235: accept: action=accept policy=headteacher-copy rule=parent-recipient from=<...> to=<...> direction=outbound added=<head@school.example>
//
// Built from the audit record (decision/plan_json.h auditRecord), never from the message, so it
// can show nothing the audit log does not, masked the same way; evidence and reply text stay in
// the audit log. Pure.

#include <nlohmann/json.hpp>

#include <string>

namespace aup {

// Longest line: rsyslog's default message size is 8 KiB; a long recipient list is cut with "+N".
inline constexpr std::size_t kMailLogLineMax = 4000;

std::string mailLogLine(const nlohmann::json& auditRecord);

}  // namespace aup
