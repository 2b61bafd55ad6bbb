#pragma once
// Notice templates - the admin-editable text of sender notices (config/templates/), rendered with
// {{placeholder}} substitution. In the HTML part every value is HTML-escaped, except values the
// code built as HTML itself from escaped pieces (the reasons list). Unknown placeholders render
// as "" so a typo in a template cannot leak template syntax to staff.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "quarantine/quarantine_record.h"

namespace aup {

struct NoticeTemplates {
  std::string subject;  // notice-subject.txt (first line only)
  std::string text;     // notice.txt
  std::string html;     // notice.html
};

// Reads the three files from `dir`; throws std::runtime_error naming a missing file.
NoticeTemplates loadNoticeTemplates(const std::filesystem::path& dir);
// The same for the outcome of a release request: outcome-subject.txt, outcome.txt, outcome.html.
NoticeTemplates loadOutcomeTemplates(const std::filesystem::path& dir);

using TemplateValues = std::map<std::string, std::string, std::less<>>;

enum class TemplateEscaping {
  None,  // plain text: values as they are
  Html,  // values HTML-escaped unless listed in preEscaped
};

// Replaces each {{name}} (spaces inside the braces allowed) by its value.
std::string renderTemplate(std::string_view tmpl, const TemplateValues& values, TemplateEscaping escaping,
                           const TemplateValues& preEscaped = {});

std::string htmlEscape(std::string_view text);

// What a notice says about one message.
struct NoticeFacts {
  std::string organisation;
  std::string sender;                   // the notice's recipient (the original MAIL FROM)
  std::string subject;                  // of the original message
  std::vector<std::string> recipients;  // of the original message
  std::string time;                     // when it was stopped (RFC 5322 date)
  std::string outcome;                  // "held for review" | "rejected"
  std::string quarantineId;             // "" when rejected
  std::string contact;
  std::vector<HeldReason> reasons;      // decisive reasons only; evidence already masked
  std::string requestLink;              // the signed "request release" URL; "" = none (no console_url, or rejected)
  std::string requestLinkExpires;       // until when it works (RFC 5322 date)
};

// The placeholder values for plain text and the pre-escaped HTML values ("reasons").
TemplateValues noticeValues(const NoticeFacts& facts);
TemplateValues noticeHtmlValues(const NoticeFacts& facts);

// The complete notice message (headers + multipart/alternative body, CRLF, quoted-printable parts).
std::string composeNotice(const NoticeTemplates& templates, const NoticeFacts& facts, const std::string& from,
                          const std::string& messageIdDomain);

// Any notice from rendered parts: From/To/Subject/Date/Message-ID/Auto-Submitted headers and a
// multipart/alternative body of `text` and `html` (composeNotice uses it too).
struct RenderedNotice {
  std::string from, to, subject, date, text, html;
};
std::string composeRenderedNotice(const RenderedNotice& notice, const std::string& messageIdDomain);

// Control characters become spaces and long values are cut (300 characters), so a crafted value
// cannot inject lines or smuggle a message into a notice.
std::string safeNoticeField(std::string_view value);

}  // namespace aup
