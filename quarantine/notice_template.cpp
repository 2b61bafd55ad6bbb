#include "quarantine/notice_template.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "decision/crypto.h"
#include "quarantine/mime_encoding.h"

namespace aup {

namespace {

constexpr std::size_t kMaxFieldChars = 300;  // a notice never carries long stretches of the message

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read notice template " + file.string());
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

std::string safeField(std::string_view value) { return safeNoticeField(value); }

NoticeTemplates loadTemplateFiles(const std::filesystem::path& dir, const char* subjectFile, const char* textFile,
                                  const char* htmlFile) {
  NoticeTemplates t;
  std::string subject = readFile(dir / subjectFile);
  t.subject = subject.substr(0, subject.find('\n'));
  t.text = readFile(dir / textFile);
  t.html = readFile(dir / htmlFile);
  return t;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + safeField(item);
  return out;
}

}  // namespace

std::string safeNoticeField(std::string_view value) {
  std::string out;
  for (char c : value.substr(0, kMaxFieldChars)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  if (value.size() > kMaxFieldChars) out += "...";
  return out;
}

NoticeTemplates loadNoticeTemplates(const std::filesystem::path& dir) {
  return loadTemplateFiles(dir, "notice-subject.txt", "notice.txt", "notice.html");
}

NoticeTemplates loadOutcomeTemplates(const std::filesystem::path& dir) {
  return loadTemplateFiles(dir, "outcome-subject.txt", "outcome.txt", "outcome.html");
}

std::string htmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string renderTemplate(std::string_view tmpl, const TemplateValues& values, TemplateEscaping escaping,
                           const TemplateValues& preEscaped) {
  std::string out;
  std::size_t pos = 0;
  while (pos < tmpl.size()) {
    std::size_t open = tmpl.find("{{", pos);
    std::size_t close = open == std::string_view::npos ? open : tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out += tmpl.substr(pos);
      break;
    }
    out += tmpl.substr(pos, open - pos);
    std::string name(tmpl.substr(open + 2, close - open - 2));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (auto html = preEscaped.find(name); escaping == TemplateEscaping::Html && html != preEscaped.end()) {
      out += html->second;
    } else if (auto value = values.find(name); value != values.end()) {
      out += escaping == TemplateEscaping::Html ? htmlEscape(value->second) : value->second;
    }
    pos = close + 2;
  }
  return out;
}

TemplateValues noticeValues(const NoticeFacts& f) {
  std::string reasons;
  for (std::size_t i = 0; i < f.reasons.size(); ++i) {
    const HeldReason& r = f.reasons[i];
    reasons += std::to_string(i + 1) + ". " + safeField(r.description) + "\n   Policy: " + safeField(r.policy) + " (rule " +
               safeField(r.rule) + ")\n";
    if (!r.evidence.empty()) reasons += "   What we saw: " + safeField(r.evidence) + "\n";
    if (!r.location.empty()) reasons += "   Where: " + safeField(r.location) + "\n";
    if (!r.advice.empty()) reasons += "   What to do: " + safeField(r.advice) + "\n";
  }
  // The link is ours (a URL from config plus a URL-safe token), never text from the message.
  std::string requestRelease;
  if (!f.requestLink.empty()) {
    requestRelease = "To ask for it to be released, open this link and say why (it works until " +
                     safeField(f.requestLinkExpires) + "):\n\n  " + f.requestLink + "\n\n";
  }
  return {{"organisation", safeField(f.organisation)}, {"sender", safeField(f.sender)},
          {"subject", safeField(f.subject)},           {"recipients", joined(f.recipients)},
          {"time", safeField(f.time)},                 {"outcome", safeField(f.outcome)},
          {"quarantine_id", safeField(f.quarantineId)}, {"contact", safeField(f.contact)},
          {"reasons", reasons},                        {"request_link", f.requestLink},
          {"request_link_expires", safeField(f.requestLinkExpires)}, {"request_release", requestRelease}};
}

TemplateValues noticeHtmlValues(const NoticeFacts& f) {
  std::string html = "<ol>\n";
  for (const auto& r : f.reasons) {
    html += "<li><p>" + htmlEscape(safeField(r.description)) + "</p><ul>\n<li>Policy: " + htmlEscape(safeField(r.policy)) +
            " (rule " + htmlEscape(safeField(r.rule)) + ")</li>\n";
    if (!r.evidence.empty()) html += "<li>What we saw: <code>" + htmlEscape(safeField(r.evidence)) + "</code></li>\n";
    if (!r.location.empty()) html += "<li>Where: " + htmlEscape(safeField(r.location)) + "</li>\n";
    if (!r.advice.empty()) html += "<li>What to do: <strong>" + htmlEscape(safeField(r.advice)) + "</strong></li>\n";
    html += "</ul></li>\n";
  }
  std::string requestRelease;
  if (!f.requestLink.empty()) {
    requestRelease = "<p>To ask for it to be released, <a href=\"" + htmlEscape(f.requestLink) +
                     "\">request release</a> and say why (the link works until " +
                     htmlEscape(safeField(f.requestLinkExpires)) + ").</p>";
  }
  return {{"reasons", html + "</ol>"}, {"request_release", requestRelease}};
}

std::string composeNotice(const NoticeTemplates& templates, const NoticeFacts& facts, const std::string& from,
                          const std::string& messageIdDomain) {
  const TemplateValues values = noticeValues(facts);
  return composeRenderedNotice({from, facts.sender, renderTemplate(templates.subject, values, TemplateEscaping::None),
                                facts.time, renderTemplate(templates.text, values, TemplateEscaping::None),
                                renderTemplate(templates.html, values, TemplateEscaping::Html, noticeHtmlValues(facts))},
                               messageIdDomain);
}

std::string composeRenderedNotice(const RenderedNotice& n, const std::string& messageIdDomain) {
  const std::string& text = n.text;
  const std::string& html = n.html;
  const std::string boundary = "aup-notice-" + toHex(randomBytes(12));
  std::string m;
  m += "From: " + n.from + "\r\n";
  m += "To: " + safeField(n.to) + "\r\n";
  m += "Subject: " + encodeHeaderWord(safeField(n.subject)) + "\r\n";
  m += "Date: " + safeField(n.date) + "\r\n";
  m += "Message-ID: <" + toHex(randomBytes(16)) + "@" + messageIdDomain + ">\r\n";
  m += "Auto-Submitted: auto-generated\r\n";  // RFC 3834: no auto-replies to notices
  m += "MIME-Version: 1.0\r\n";
  m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  m += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
  m += encodeQuotedPrintable(text) + "\r\n";
  m += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
  m += encodeQuotedPrintable(html) + "\r\n";
  m += "--" + boundary + "--\r\n";
  return m;
}

}  // namespace aup
