#pragma once
// ConsoleApi - the REST API (/api/v1/...) and the embedded web UI of aup-console, as one function
// from HttpRequest to HttpResponse (docs/console.md, docs/console-openapi.yaml).
//
// Every change needs a signed-in session and its CSRF token (X-CSRF-Token); every decision about
// a message asks console/roles.h; every change appends to the message's trail in the store and
// to the audit log, through the same release/delete code as `aupctl quarantine`.

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "config/console_settings.h"
#include "console/http_types.h"
#include "console/sessions.h"
#include "console/user_store.h"
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
};

class ConsoleApi {
 public:
  ConsoleApi(ConsoleDeps deps, ConsoleSettings settings);

  // Answers one request; never throws (a bug is a 500 with no detail; the log gets it).
  HttpResponse handle(const HttpRequest& request);

 private:
  struct Caller {
    Session session;
    std::string origin;  // "console 10.0.0.5"
  };

  HttpResponse route(const HttpRequest& request);
  HttpResponse routeApi(const HttpRequest& request);
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
  HttpResponse listRequests(const HttpRequest& request);
  HttpResponse decide(const Caller& caller, std::int64_t requestId, bool approve, const nlohmann::json& body);

  // The session of a request, if any (cookie); CSRF is checked separately for changes.
  std::optional<Caller> caller(const HttpRequest& request);
  bool csrfMatches(const HttpRequest& request, const Caller& caller) const;
  // Re-injects through quarantine/release.cpp and writes the audit log; the response says what the MTA said.
  HttpResponse doRelease(const Caller& caller, const QuarantineRecord& record, const std::vector<std::string>& to,
                         const std::string& reason);
  std::string sessionCookie(const std::string& token, std::int64_t maxAge) const;

  ConsoleDeps deps_;
  ConsoleSettings settings_;
  SessionTable sessions_;
  SignInLimiter limiter_;
};

// A JSON error body {"error": message} with `status`.
HttpResponse errorResponse(int status, const std::string& message);
HttpResponse jsonResponse(const nlohmann::json& body, int status = 200);

}  // namespace aup::console
