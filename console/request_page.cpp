// ConsoleApi: the page behind a staff notice's signed "request release" link, /request/<token>
// (docs/console.md "Request-release links", docs/security.md). No sign-in: the token
// (decision/request_link.h) is the credential, and all it lets anyone do is ask, once, for the
// release of the one message it names, as the address the notice went to. The request then
// waits in the console's queue for an admin or the DSL like any other.
//
// The page is server-rendered HTML with no script (the console's CSP applies: form-action 'self').
// The form carries a per-page anti-CSRF value that must equal an HttpOnly, SameSite=Strict cookie
// set with the page (double submit), on top of the token in the path. Visits are limited per
// client address; every refusal and every request is audited (audit log, and the message's trail
// when the link is genuine).

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <map>

#include "console/console_api.h"
#include "decision/crypto.h"
#include "decision/decide.h"
#include "decision/request_link.h"
#include "engine/text_util.h"
#include "quarantine/notice_service.h"
#include "quarantine/notice_template.h"

namespace aup::console {

namespace {

constexpr const char* kFormCookie = "aup_request";
constexpr std::size_t kMaxReasonBytes = 2000;

std::string headerOf(const HttpRequest& request, const std::string& name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? std::string() : it->second;
}

// One whole page; `body` is HTML the caller built from escaped pieces.
HttpResponse htmlPage(int status, const std::string& title, const std::string& body) {
  HttpResponse r;
  r.status = status;
  r.contentType = "text/html; charset=utf-8";
  r.body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" + htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"/app.css\"></head>\n"
           "<body><header><h1>Quarantine console</h1></header>\n<main class=\"request-page\" id=\"request-page\">\n"
           "<h2 id=\"page-title\">" + htmlEscape(title) + "</h2>\n" + body + "\n</main></body></html>\n";
  return r;
}

std::string paragraph(const std::string& text, const std::string& id = "") {
  return "<p" + (id.empty() ? std::string() : " id=\"" + id + "\"") + ">" + htmlEscape(text) + "</p>\n";
}

// What the notice already told its reader: the masked subject, the recipients, when, the reference.
std::string messageFacts(const QuarantineRecord& record) {
  std::string to;
  for (const auto& r : record.request.recipients) to += (to.empty() ? "" : ", ") + r;
  return "<dl id=\"message-facts\"><dt>Subject</dt><dd>" + htmlEscape(maskSubject(record.request.subject)) +
         "</dd><dt>To</dt><dd>" + htmlEscape(to) + "</dd><dt>Held at</dt><dd>" +
         htmlEscape(rfc5322Date(record.receivedAt)) + "</dd><dt>Reference</dt><dd><code>" + htmlEscape(record.id) +
         "</code></dd></dl>\n";
}

// Where an existing request stands (a replayed link shows this and changes nothing).
HttpResponse statusPage(const QuarantineRecord& record, const ReleaseRequest& request) {
  std::string text;
  switch (request.state) {
    case ReleaseRequestState::Requested:
      text = "Your request was sent on " + rfc5322Date(request.requestedAt) +
             " and is waiting for review. You will get an email when it has been decided.";
      break;
    case ReleaseRequestState::Approved:
      text = "Your request was approved on " + rfc5322Date(request.decidedAt) + ". " +
             (record.state == QuarantineState::Released ? "The message has been delivered."
                                                        : "The message is being released.");
      break;
    case ReleaseRequestState::Denied:
      text = "Your request was denied on " + rfc5322Date(request.decidedAt) + ". Reason: " +
             (request.decisionNote.empty() ? std::string("(none given)") : request.decisionNote);
      break;
    case ReleaseRequestState::Superseded:
      // Nobody decided it: the message was released or deleted directly (the note says which;
      // what the reviewer typed as their reason stays in the trail).
      text = "Your request was closed on " + rfc5322Date(request.decidedAt) + " without a decision, because " +
             (record.state == QuarantineState::Deleted ? "the message was deleted from quarantine."
                                                       : "the message was released. It has been delivered.");
      break;
  }
  return htmlPage(200, "Your release request", paragraph(text, "request-status") + messageFacts(record) +
                                                    paragraph("Nothing more needs doing here: this link asks once."));
}

// A message that is no longer held and was never requested through this link.
HttpResponse notHeldPage(const QuarantineRecord& record) {
  std::string text;
  switch (record.state) {
    case QuarantineState::Released:
    case QuarantineState::Releasing: text = "This message has already been released: there is nothing to request."; break;
    case QuarantineState::Deleted: text = "This message was deleted from quarantine and can no longer be released."; break;
    case QuarantineState::Held: text = "This message is held."; break;
  }
  return htmlPage(200, "Nothing to request", paragraph(text, "request-status") + messageFacts(record));
}

// The fields of an application/x-www-form-urlencoded body, the first of each name (libcurl
// decodes the %XX escapes; '+' is a space in this encoding, and a literal '+' arrives as %2B).
std::map<std::string, std::string> formFields(const std::string& body) {
  std::map<std::string, std::string> out;
  auto decode = [](std::string text) {
    for (char& c : text) c = c == '+' ? ' ' : c;
    int length = 0;
    char* raw = curl_easy_unescape(nullptr, text.c_str(), static_cast<int>(text.size()), &length);
    if (raw == nullptr) throw std::invalid_argument("the form could not be read");
    std::string value(raw, static_cast<std::size_t>(length));
    curl_free(raw);
    return value;
  };
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t end = body.find('&', pos);
    if (end == std::string::npos) end = body.size();
    const std::string pair = body.substr(pos, end - pos);
    const std::size_t eq = pair.find('=');
    if (!pair.empty()) out.emplace(decode(pair.substr(0, eq)), eq == std::string::npos ? "" : decode(pair.substr(eq + 1)));
    pos = end + 1;
  }
  return out;
}

}  // namespace

HttpResponse ConsoleApi::refuseLink(int status, const std::string& title, const std::string& text,
                                    const std::string& actor, const std::string& id, const std::string& why,
                                    const std::string& origin) {
  deps_.audit(actor, "request-link-refused", id, why + " (" + origin + ")");
  // Only a genuine link names a message we may write to: a forged one never touches a trail.
  if (!id.empty()) deps_.store.appendEvent({0, id, 0, actor, origin, "request-link-refused", "", why, ""});
  spdlog::warn("console: request link refused ({}) for {} from {}", why, actor, origin);
  return htmlPage(status, title, paragraph(text, "request-status"));
}

HttpResponse ConsoleApi::requestPage(const HttpRequest& request) {
  if (request.method != "GET" && request.method != "POST") return htmlPage(405, "Method not allowed", "");
  const std::string client = clientAddress(request);
  const std::string origin = "notice link " + client;
  const std::int64_t now = deps_.now();
  // Counted before anything is looked at, so guessing tokens is as slow as using one.
  const std::string limitKey = "link:" + client;
  if (!linkLimiter_.allowed(limitKey, now)) {
    return refuseLink(429, "Too many attempts", "Too many attempts from your address. Wait a few minutes and try again.",
                      "notice-link", "", "rate-limited", origin);
  }
  linkLimiter_.recordFailure(limitKey, now);

  const std::string token = request.path.substr(std::string_view("/request/").size());
  const RequestLinkVerdict verdict = verifyRequestLink(token, deps_.releaseKey, now);
  if (verdict.check == RequestLinkCheck::Malformed || verdict.check == RequestLinkCheck::BadSignature) {
    return refuseLink(403, "This link is not valid",
                      "This release link is not valid: it may have been cut short or changed. Open it again from "
                      "the notice you received, or contact IT.",
                      "notice-link", "", "forged or damaged link: " + std::string(toString(verdict.check)), origin);
  }
  const std::string actor = std::string(kNoticeLinkRequester) + verdict.link.address;
  const std::string& id = verdict.link.quarantineId;
  const auto record = deps_.store.get(id);
  if (verdict.check == RequestLinkCheck::Expired) {
    return refuseLink(410, "This link has expired",
                      "This release link worked until " + rfc5322Date(verdict.link.expiresAt) +
                          ". If the message is still needed, contact IT and quote the reference " + id + ".",
                      actor, record ? id : "", "expired link", origin);
  }
  if (!record) {
    return refuseLink(410, "This message is no longer in quarantine",
                      "The message this link was for is no longer kept (held mail is removed after a while). "
                      "Contact IT if you need it, quoting the reference " + id + ".",
                      actor, "", "no such message " + id, origin);
  }
  // One request per link holder: a replay shows where it stands and creates nothing.
  for (const auto& existing : deps_.store.releaseRequests(std::nullopt, id)) {
    if (existing.requestedBy == actor) {
      if (request.method == "POST") deps_.audit(actor, "request-link-replay", id, "request " + std::to_string(existing.id) + " exists (" + origin + ")");
      return statusPage(*record, existing);
    }
  }
  if (record->state != QuarantineState::Held) return notHeldPage(*record);
  if (request.method == "GET") return requestForm(request, *record, randomToken(), "", 200);
  return submitRequest(request, *record, actor, origin);
}

HttpResponse ConsoleApi::requestForm(const HttpRequest& request, const QuarantineRecord& record, const std::string& csrf,
                                     const std::string& problem, int status) {
  std::string body =
      paragraph("Your message was held by the mail filter. Say why it should be delivered: an administrator or "
                "the Designated Safeguarding Lead will review your request, and you will get an email with the decision.") +
      messageFacts(record);
  if (!problem.empty()) body += "<p class=\"error\" id=\"form-problem\" role=\"alert\">" + htmlEscape(problem) + "</p>\n";
  body += "<form method=\"post\" action=\"" + htmlEscape(request.path) + "\" id=\"request-form\">\n"
          "<input type=\"hidden\" name=\"csrf\" value=\"" + htmlEscape(csrf) + "\">\n"
          "<label for=\"reason\">Why should it be released?</label>\n"
          "<textarea id=\"reason\" name=\"reason\" rows=\"5\" maxlength=\"" + std::to_string(kMaxReasonBytes) +
          "\" required></textarea>\n<p><button type=\"submit\" id=\"send-request\">Request release</button></p>\n</form>\n";
  HttpResponse r = htmlPage(status, "Ask for your message to be released", body);
  // Double submit: the form's value must come back with this cookie, which only our own pages
  // set and which the browser sends only with same-site requests.
  r.headers.emplace_back("Set-Cookie", std::string(kFormCookie) + "=" + csrf +
                                           "; Path=/request/; HttpOnly; SameSite=Strict; Max-Age=3600" +
                                           (settings_.secureCookie ? "; Secure" : ""));
  return r;
}

HttpResponse ConsoleApi::submitRequest(const HttpRequest& request, const QuarantineRecord& record,
                                       const std::string& actor, const std::string& origin) {
  auto fields = formFields(request.body);
  const std::string cookie = cookieValue(headerOf(request, "cookie"), kFormCookie);
  const bool crossSite = headerOf(request, "sec-fetch-site") == "cross-site";
  if (crossSite || cookie.empty() || !constantTimeEquals(fields["csrf"], cookie)) {
    return refuseLink(403, "This form could not be accepted",
                      "This form could not be accepted. Open the link from your notice again and send the form "
                      "from that page.",
                      actor, record.id, "missing or wrong anti-CSRF value", origin);
  }
  const std::string reason(trim(fields["reason"]));
  if (reason.empty()) return requestForm(request, record, cookie, "Please say why the message should be released.", 400);
  if (reason.size() > kMaxReasonBytes) {
    return requestForm(request, record, cookie, "Please keep the reason under " + std::to_string(kMaxReasonBytes) + " characters.", 400);
  }
  ReleaseRequest wanted{0, record.id, 0, actor, reason, {}, ReleaseRequestState::Requested, "", 0, ""};
  const RequestCreation made = deps_.store.createReleaseRequestOnce(wanted);
  if (!made.created) {
    // The same link submitted twice at once: the other submission made it.
    if (auto existing = deps_.store.releaseRequest(made.id)) return statusPage(record, *existing);
  }
  const std::string detail = "request " + std::to_string(made.id);
  deps_.store.appendEvent({0, record.id, 0, actor, origin, "release-request", reason, detail + " (notice link)", ""});
  deps_.audit(actor, "release-request", record.id, detail + " (" + origin + "): " + reason);
  spdlog::info("quarantine {}: release requested by {} from {}", record.id, actor, origin);
  return htmlPage(201, "Your request has been sent",
                  paragraph("Your request has been sent. An administrator or the Designated Safeguarding Lead will "
                            "review it, and you will get an email with the decision.", "request-status") +
                      messageFacts(record));
}

}  // namespace aup::console
