#include "decision/smtp_reply.h"

#include <algorithm>

namespace aup {

namespace {

constexpr std::size_t kMaxReplyLines = 32;       // libmilter's smfi_setmlreply limit
constexpr std::size_t kMaxReplyLineChars = 400;  // stays well inside SMTP's 512-octet reply line

// A reply line carries no CR/LF/TAB; overlong lines are cut rather than refused by the MTA.
std::string replyLine(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\t'; }, ' ');
  if (text.size() > kMaxReplyLineChars) {
    std::size_t cut = kMaxReplyLineChars - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside UTF-8
    text = text.substr(0, cut) + "...";
  }
  return text;
}

// Empty lines dropped and at most 32 kept; '%' escaping is the libmilter edge's job.
SmtpReply finish(SmtpReply reply) {
  std::vector<std::string> kept;
  for (auto& line : reply.lines) {
    if (!line.empty() && kept.size() < kMaxReplyLines) kept.push_back(std::move(line));
  }
  reply.lines = std::move(kept);
  return reply;
}

SmtpReply tempfailReply(const Verdict& verdict, const ReplyStyle& style, std::string_view reference) {
  SmtpReply reply{"451", "4.7.1", {}};
  reply.lines.push_back(replyLine("The message could not be checked against the acceptable-use policy of " +
                                  style.organisation + " right now; it has not been accepted. Please try again later."));
  // Our own reasons are written for senders; scanner error text is not, so only the reference goes out.
  for (const auto* r : verdict.decisiveReasons()) {
    reply.lines.push_back(replyLine(r->finding.policy + "/" + r->finding.rule + ": " + r->finding.description));
  }
  if (!reference.empty()) reply.lines.push_back(replyLine("Reference: " + std::string(reference)));
  return finish(std::move(reply));
}

}  // namespace

SmtpReply renderReply(const Verdict& verdict, const ReplyStyle& style, std::string_view reference) {
  switch (verdict.action) {
    case Action::Accept:
      return {};
    case Action::Tempfail:
      return tempfailReply(verdict, style, reference);
    case Action::Quarantine:
    case Action::Reject:
      break;
  }
  bool reject = verdict.action == Action::Reject;
  SmtpReply reply{reject ? "550" : "250", reject ? "5.7.1" : "2.6.0", {}};
  reply.lines.push_back(replyLine(reject ? style.rejectPrefix + style.organisation + "."
                                         : "Your message is held for review under the acceptable-use policy of " +
                                               style.organisation + "."));
  for (const auto* r : verdict.decisiveReasons()) {
    if (reply.lines.size() + 4 > kMaxReplyLines) break;
    const Finding& f = r->finding;
    reply.lines.push_back(replyLine("Policy " + f.policy + " (rule " + f.rule + "): " + f.description));
    if (!f.evidence.empty()) {
      reply.lines.push_back(replyLine("  Found: " + f.evidence + (f.location.empty() ? "" : " in " + f.location)));
    }
    if (!f.advice.empty()) reply.lines.push_back(replyLine("  To fix: " + f.advice));
  }
  if (!style.postmaster.empty() && reply.lines.size() < kMaxReplyLines) {
    reply.lines.push_back(replyLine("Questions: " + style.postmaster + "."));
  }
  return finish(std::move(reply));
}

SmtpReply internalErrorReply(std::string_view reference) {
  SmtpReply reply{"451", "4.7.1",
                  {"The message could not be checked against the acceptable-use policy right now.",
                   "It has not been accepted; please try again later."}};
  if (!reference.empty()) reply.lines.push_back("Reference: " + std::string(reference));
  return finish(std::move(reply));
}

std::string escapeReplyLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    if (c == '%') {
      out += "%%";
    } else if (c == '\r' || c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> replyLinesForMta(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    if (line.empty()) continue;
    if (out.size() == kMaxReplyLines) break;
    out.push_back(escapeReplyLine(line));
  }
  return out;
}

}  // namespace aup
