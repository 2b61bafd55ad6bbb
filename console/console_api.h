#pragma once
// ConsoleApi - the REST API (/api/v1/...) and the embedded web UI of aup-console, as one function
// from HttpRequest to HttpResponse (docs/console.md, docs/console-openapi.yaml).
//
// Every change needs a signed-in session and its CSRF token (X-CSRF-Token); every decision about
// a message asks console/roles.h; every change appends to the message's trail in the store and
// to the audit log, through the same release/delete code as `aupctl quarantine`. The one page
// without sign-in is a staff notice's signed "request release" link (/request/<token>), which can
// only ask, once, for the release of the one message its token names.

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "config/console_settings.h"
#include "console/audit_flood.h"
#include "console/http_types.h"
#include "console/sessions.h"
#include "console/sso.h"
#include "console/user_store.h"
#include "quarantine/outcome_notice.h"
#include "quarantine/outcome_report.h"
#include "quarantine/quarantine_storage.h"
#include "quarantine/smtp_client.h"

namespace aup::console {

struct ConsoleDeps {
  QuarantineStorage& store;
  UserStore& users;
  // A sender per release (CurlSmtpSender keeps per-send state).
  std::function<std::unique_ptr<SmtpSender>()> makeSender;
  std::string releaseKey;
  // The audit log (AuditLog::recordAdminAction): actor, action, quarantine id, detail.
  std::function<void(const std::string&, const std::string&, const std::string&, const std::string&)> audit;
  std::function<std::int64_t()> now;  // unix seconds
  // Where the outcome of a release request is told to the member of staff who asked (the notice
  // outbox, quarantine/outcome_notice.h): a decision, or a direct release or delete that closed
  // it; null = nobody is told (notices off).
  OutcomeNotices* outcomes = nullptr;
};

class ConsoleApi {
 public:
  ConsoleApi(ConsoleDeps deps, ConsoleSettings settings);

  // Answers one request; never throws (a bug is a 500 with no detail; the log gets it).
  HttpResponse handle(const HttpRequest& request);

  // reloadSsoAllowList - reads [console] sso_users_file again (on SIGHUP or when it changed;
  // `trigger` says which) and puts the new list in force for the next request; a file that does
  // not parse keeps the list in force. Logged and audited either way. Thread-safe.
  SsoAllowListHolder::ReloadOutcome reloadSsoAllowList(const std::string& trigger);
  // The file reloadSsoAllowList() reads; empty when single sign-on is off.
  const std::filesystem::path& ssoAllowListFile() const { return sso_.file(); }
  // flushAuditSummaries - audits "N further refusals suppressed" for each SSO refusal flood whose
  // window has passed (every count, at stop: `everything`). aup-console runs it every minute.
  void flushAuditSummaries(bool everything = false);

 private:
  struct Caller {
    Session session;
    std::string origin;  // "console 10.0.0.5"
  };
  // Who is calling: a session (cookie, or made just now from a trusted proxy's SSO header, then
  // setCookie is its cookie), nobody (401), or a refusal to send as it is (SSO user not allowed).
  struct CallerLookup {
    std::optional<Caller> caller;
    std::optional<HttpResponse> refusal;
    std::string setCookie;
  };

  HttpResponse route(const HttpRequest& request);
  HttpResponse routeApi(const HttpRequest& request);
  HttpResponse routeSignedIn(const HttpRequest& request, const Caller& caller);
  HttpResponse routeMessage(const HttpRequest& request, const Caller& caller, const std::string& id,
                            const std::string& action);
  HttpResponse routeRequest(const HttpRequest& request, const Caller& caller, std::int64_t requestId,
                            const std::string& action);

  HttpResponse signIn(const HttpRequest& request);
  HttpResponse signOut(const HttpRequest& request, const Caller& caller);
  HttpResponse whoAmI(const Caller& caller);
  HttpResponse health();
  HttpResponse search(const HttpRequest& request);
  HttpResponse detail(const Caller& caller, const std::string& id);
  HttpResponse events(const Caller& caller, const std::string& id);
  HttpResponse release(const Caller& caller, const std::string& id, const nlohmann::json& body);
  HttpResponse remove(const Caller& caller, const std::string& id, const nlohmann::json& body);
  HttpResponse addNote(const Caller& caller, const std::string& id, const nlohmann::json& body);
  HttpResponse createRequest(const Caller& caller, const std::string& id, const nlohmann::json& body);
  // POST .../attachments/{index}/download {"reason"}: the decoded bytes of one attachment, for an
  // admin with a reason; audited (trail and log) before a byte leaves, refusals too.
  HttpResponse downloadAttachment(const HttpRequest& request, const Caller& caller, const std::string& id,
                                  const std::string& index);
  HttpResponse listRequests(const HttpRequest& request);
  HttpResponse decide(const Caller& caller, std::int64_t requestId, bool approve, const nlohmann::json& body);

  // The session of a request (cookie, or SSO through a trusted proxy); CSRF is checked separately for changes.
  CallerLookup caller(const HttpRequest& request);
  // The client's address: the peer, or the last X-Forwarded-For entry when the peer is a trusted proxy.
  std::string clientAddress(const HttpRequest& request) const;
  bool fromTrustedProxy(const HttpRequest& request) const;
  // Audits one SSO refusal ("sso-refused") and logs `warning`, unless this (client address, user)
  // has had its share this window (AuditFloodLimiter): then it is only counted for a summary.
  void auditSsoRefusal(const std::string& actor, const std::string& detail, const std::string& address,
                       const std::string& user, const std::string& warning);
  // 403 (audited) when the SSO header arrives from anywhere but a trusted proxy; nullopt otherwise.
  std::optional<HttpResponse> refuseUntrustedSsoHeader(const HttpRequest& request);
  // A session for the SSO user of a trusted proxy's request, or the refusal.
  CallerLookup ssoCaller(const HttpRequest& request, const std::string& user, std::optional<Session> existing);
  // The SSO session with the role the (reloaded) allow-list now gives its user; audited.
  Session changeSsoRole(const Session& session, Role role, const std::string& client);

  // The "request release" link of a staff notice: GET shows the form (or the request's status),
  // POST creates the request once (request_page.cpp). No sign-in: the signed token is the credential.
  HttpResponse requestPage(const HttpRequest& request);
  HttpResponse requestForm(const HttpRequest& request, const QuarantineRecord& record, const std::string& csrf,
                           const std::string& problem, int status);
  HttpResponse submitRequest(const HttpRequest& request, const QuarantineRecord& record, const std::string& actor,
                             const std::string& origin);
  HttpResponse refuseLink(int status, const std::string& title, const std::string& text, const std::string& actor,
                          const std::string& id, const std::string& why, const std::string& origin);
  // What `caller` did, for telling a requester (quarantine/outcome_report.h).
  OutcomeAction outcomeAction(const Caller& caller, RequestOutcome outcome, std::vector<std::string> recipients,
                              const std::string& note) const;
  bool csrfMatches(const HttpRequest& request, const Caller& caller) const;
  // Re-injects through quarantine/release.cpp and writes the audit log; the response says what the MTA said.
  HttpResponse doRelease(const Caller& caller, const QuarantineRecord& record, const std::vector<std::string>& to,
                         const std::string& reason);
  std::string sessionCookie(const std::string& token, std::int64_t maxAge) const;

  ConsoleDeps deps_;
  ConsoleSettings settings_;
  SessionTable sessions_;
  SignInLimiter limiter_;
  SignInLimiter linkLimiter_;  // visits to /request/ pages per client address
  SsoAllowListHolder sso_;
  AuditFloodLimiter ssoRefusals_;  // sso-refused audit lines per (client address, user)
  OutcomeReporter reporter_;  // tells requesters what became of their requests (deps_.outcomes)
};

// Who a request's requester is, for "nobody decides their own request": the address behind a
// notice link, else the console user (compared case-insensitively).
std::string requesterIdentity(const std::string& requestedBy);

// A JSON error body {"error": message} with `status`.
HttpResponse errorResponse(int status, const std::string& message);
HttpResponse jsonResponse(const nlohmann::json& body, int status = 200);

}  // namespace aup::console
