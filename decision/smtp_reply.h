#pragma once
// SMTP replies - the one place where a verdict becomes reply codes and lines: the 550 that
// explains what to fix, the 250 "held for review", the 451 when a check could not complete, and
// libmilter's limits (32 lines, '%' doubled, no CR/LF, lines short enough for SMTP).
//
// Internal error text (socket paths, library messages) is never put in a reply: it is logged
// with a reference, and the reply quotes only the reference.

#include <string>
#include <string_view>
#include <vector>

#include "engine/organisation.h"
#include "engine/verdict.h"

namespace aup {

struct ReplyStyle {
  std::string organisation;
  std::string postmaster;  // named as the contact ("" = none)
  std::string rejectPrefix = "Your message was not accepted under the acceptable-use policy of ";
};

// The reply for the verdict's action ("" code for accept); `reference` is quoted on tempfails.
SmtpReply renderReply(const Verdict& verdict, const ReplyStyle& style, std::string_view reference);

// The 451 4.7.1 used whenever the milter itself failed (store full, MTA refused a change).
SmtpReply internalErrorReply(std::string_view reference);

// Escapes a reply line for smfi_setmlreply: '%' becomes "%%", CR/LF become spaces.
std::string escapeReplyLine(std::string_view line);

// The reply lines actually sent: escaped, empty lines dropped, at most 32 (libmilter's limit).
std::vector<std::string> replyLinesForMta(const std::vector<std::string>& lines);

}  // namespace aup
