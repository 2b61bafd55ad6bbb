// ConsoleApi: routing, sign-in, sessions, CSRF, security headers and the static UI. The message
// and release-request handlers are in message_handlers.cpp.

#include "console/console_api.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <regex>

#include "console/static_assets.h"
#include "decision/quarantine_id.h"
#include "engine/envelope.h"
#include "engine/text_util.h"

namespace aup::console {

namespace {

using nlohmann::json;

constexpr const char* kCookieName = "aup_session";

// No inline script or style, nothing from elsewhere, no framing.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

void addSecurityHeaders(HttpResponse& response) {
  response.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cache-Control", "no-store");
}

std::string headerOf(const HttpRequest& request, const std::string& name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? std::string() : it->second;
}

bool isChange(const std::string& method) { return method != "GET" && method != "HEAD"; }

}  // namespace

std::string cookieValue(const std::string& header, const std::string& name) {
  std::size_t pos = 0;
  while (pos < header.size()) {
    std::size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string pair = header.substr(pos, end - pos);
    std::size_t first = pair.find_first_not_of(' ');
    if (first != std::string::npos) pair = pair.substr(first);
    if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=') {
      return pair.substr(name.size() + 1);
    }
    pos = end + 1;
  }
  return {};
}

HttpResponse errorResponse(int status, const std::string& message) { return jsonResponse({{"error", message}}, status); }

HttpResponse jsonResponse(const json& body, int status) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

ConsoleApi::ConsoleApi(ConsoleDeps deps, ConsoleSettings settings)
    : deps_(std::move(deps)),
      settings_(std::move(settings)),
      sessions_(settings_.sessionIdleSeconds, settings_.sessionMaxSeconds),
      limiter_(settings_.signInFailuresPerWindow, settings_.signInWindowSeconds),
      linkLimiter_(settings_.requestLinkLimit, settings_.requestLinkWindowSeconds),
      sso_(settings_.ssoHeader.empty() ? SsoAllowListHolder() : SsoAllowListHolder(settings_.ssoUsersFile)),
      ssoRefusals_(settings_.ssoRefusalAuditLimit, settings_.ssoRefusalAuditWindowSeconds),
      reporter_(deps_.store, deps_.outcomes, deps_.audit) {}

std::string requesterIdentity(const std::string& requestedBy) {
  if (requestedBy.starts_with(kNoticeLinkRequester)) return toLowerAscii(requestedBy.substr(kNoticeLinkRequester.size()));
  return toLowerAscii(requestedBy);
}

HttpResponse ConsoleApi::handle(const HttpRequest& request) {
  HttpResponse response;
  try {
    if (request.body.size() > static_cast<std::size_t>(settings_.maxBodyBytes)) {
      response = errorResponse(413, "request body too large");
    } else {
      response = route(request);
    }
  } catch (const InvalidQuarantineId&) {
    response = errorResponse(400, "not a quarantine id");
  } catch (const std::invalid_argument& e) {
    response = errorResponse(400, e.what());
  } catch (const std::exception& e) {
    spdlog::error("console: {} {} failed: {}", request.method, request.path, e.what());
    response = errorResponse(500, "internal error (see the console's log)");
  }
  addSecurityHeaders(response);
  return response;
}

HttpResponse ConsoleApi::route(const HttpRequest& request) {
  if (auto refused = refuseUntrustedSsoHeader(request)) return *refused;
  if (request.path.starts_with("/api/")) return routeApi(request);
  if (request.path.starts_with("/request/")) return requestPage(request);
  if (request.method != "GET") return errorResponse(405, "method not allowed");
  // Only the names in the embedded table exist: no file system behind this, so no traversal.
  const StaticAsset* asset = findStaticAsset(request.path == "/" ? "/index.html" : request.path);
  if (asset == nullptr) {
    HttpResponse r;
    r.status = 404;
    r.contentType = "text/plain; charset=utf-8";
    r.body = "not found\n";
    return r;
  }
  HttpResponse r;
  r.contentType = std::string(asset->contentType);
  r.body = std::string(asset->body);
  return r;
}

bool ConsoleApi::fromTrustedProxy(const HttpRequest& request) const {
  return std::find(settings_.trustedProxies.begin(), settings_.trustedProxies.end(), request.remoteAddress) !=
         settings_.trustedProxies.end();
}

std::string ConsoleApi::clientAddress(const HttpRequest& request) const {
  if (!fromTrustedProxy(request)) return request.remoteAddress;
  // nginx's $proxy_add_x_forwarded_for appends the address it saw: the last entry is the one to
  // believe (earlier ones came from the client and may be anything).
  const std::string forwarded = headerOf(request, "x-forwarded-for");
  const std::size_t comma = forwarded.rfind(',');
  const std::string last(trim(std::string_view(forwarded).substr(comma == std::string::npos ? 0 : comma + 1)));
  unsigned char buffer[sizeof(in6_addr)];
  const bool ip = inet_pton(AF_INET, last.c_str(), buffer) == 1 || inet_pton(AF_INET6, last.c_str(), buffer) == 1;
  return ip ? last : request.remoteAddress;
}

std::optional<HttpResponse> ConsoleApi::refuseUntrustedSsoHeader(const HttpRequest& request) {
  if (settings_.ssoHeader.empty() || fromTrustedProxy(request)) return std::nullopt;
  const std::string user = headerOf(request, toLowerAscii(settings_.ssoHeader));
  if (user.empty() && request.headers.count(toLowerAscii(settings_.ssoHeader)) == 0) return std::nullopt;
  // Someone reached the console around the proxy, or a proxy we do not know: never believed.
  auditSsoRefusal("sso", settings_.ssoHeader + " '" + user.substr(0, 200) + "' from untrusted address " + request.remoteAddress,
                  request.remoteAddress, "untrusted:" + user.substr(0, 200),
                  fmt::format("console: refused {} header from {} (not in console.trusted_proxies)", settings_.ssoHeader,
                              request.remoteAddress));
  return errorResponse(403, "single sign-on is accepted only through the configured proxy");
}

void ConsoleApi::auditSsoRefusal(const std::string& actor, const std::string& detail, const std::string& address,
                                 const std::string& user, const std::string& warning) {
  const auto verdict = ssoRefusals_.refused({address + " " + user, address, actor, detail}, deps_.now());
  for (const auto& summary : verdict.summaries) {
    spdlog::warn("console: {} ({})", suppressedDetail(summary), summary.actor);
    deps_.audit(summary.actor, "sso-refused", "", suppressedDetail(summary));
  }
  if (!verdict.audit) return;
  spdlog::warn("{}", warning);
  deps_.audit(actor, "sso-refused", "", detail);
}

void ConsoleApi::flushAuditSummaries(bool everything) {
  for (const auto& summary : ssoRefusals_.flush(deps_.now(), everything)) {
    spdlog::warn("console: {} ({})", suppressedDetail(summary), summary.actor);
    deps_.audit(summary.actor, "sso-refused", "", suppressedDetail(summary));
  }
}

SsoAllowListHolder::ReloadOutcome ConsoleApi::reloadSsoAllowList(const std::string& trigger) {
  const SsoAllowListHolder::ReloadOutcome outcome = sso_.reload();
  const std::string file = sso_.file().string();
  if (outcome.result == SsoAllowListHolder::Reload::Kept) {
    spdlog::error("{}: the SSO allow-list was not reloaded, the previous one ({} entries) stays in force: {}", trigger,
                  outcome.entries, outcome.error);
    deps_.audit(trigger, "sso-reload-failed", "", outcome.error);
    return outcome;
  }
  spdlog::info("{}: SSO allow-list {} reloaded: {} entries", trigger, file, outcome.entries);
  if (outcome.entries == 0) spdlog::warn("the SSO allow-list {} is empty: nobody can sign in by SSO", file);
  deps_.audit(trigger, "sso-reload", "", file + ": " + std::to_string(outcome.entries) + " entries");
  return outcome;
}

ConsoleApi::CallerLookup ConsoleApi::ssoCaller(const HttpRequest& request, const std::string& user,
                                               std::optional<Session> existing) {
  const std::string origin = "console " + clientAddress(request);
  const std::vector<std::string> groups =
      settings_.ssoGroupsHeader.empty() ? std::vector<std::string>{}
                                        : splitGroups(headerOf(request, toLowerAscii(settings_.ssoGroupsHeader)));
  // Asked at every request, not only at sign-in: a reloaded list takes a removed user's session
  // away, and a changed role applies, at their next request.
  auto role = sso_.current()->roleOf(user, groups);
  const bool same = existing && existing->sso && existing->user == toLowerAscii(user);
  if (same && role == existing->role) return {Caller{*existing, origin}, {}, {}};
  if (same && role) return {Caller{changeSsoRole(*existing, *role, clientAddress(request)), origin}, {}, {}};
  if (!role) {
    if (same) sessions_.remove(existing->token);  // taken off the list since signing in
    const std::string client = clientAddress(request);
    auditSsoRefusal("sso:" + user.substr(0, 200), "not on the SSO allow-list, from " + client, client,
                    "user:" + toLowerAscii(user.substr(0, 200)),
                    fmt::format("console: SSO user '{}' from {} is not on the allow-list", user, client));
    return {{}, errorResponse(403, "you are signed in, but not allowed to use the quarantine console"), {}};
  }
  // Whatever session the browser had (another user's, a local account's) ends: the proxy's user is who this is.
  if (existing) sessions_.remove(existing->token);
  Session session = sessions_.create(toLowerAscii(user), *role, deps_.now(), /*sso=*/true);
  spdlog::info("console: {} ({}) signed in by SSO from {}", session.user, toString(session.role), clientAddress(request));
  deps_.audit("console:" + session.user, "sign-in", "", "single sign-on as " + std::string(toString(session.role)) +
                                                            " from " + clientAddress(request));
  return {Caller{session, origin}, {}, sessionCookie(session.token, settings_.sessionMaxSeconds)};
}

Session ConsoleApi::changeSsoRole(const Session& session, Role role, const std::string& client) {
  // The same person, vouched for by the proxy at this request: the session (and its CSRF token,
  // which the open page holds) stays, with the role the list now gives.
  auto changed = sessions_.setRole(session.token, role);
  spdlog::info("console: {} is now {} (SSO allow-list), was {}", session.user, toString(role), toString(session.role));
  deps_.audit("console:" + session.user, "sso-role-changed", "",
              std::string(toString(session.role)) + " -> " + std::string(toString(role)) + " (SSO allow-list), from " + client);
  return changed.value_or(session);
}

ConsoleApi::CallerLookup ConsoleApi::caller(const HttpRequest& request) {
  std::string token = cookieValue(headerOf(request, "cookie"), kCookieName);
  std::optional<Session> session = token.empty() ? std::nullopt : sessions_.find(token, deps_.now());
  if (!settings_.ssoHeader.empty() && fromTrustedProxy(request)) {
    const std::string user(trim(headerOf(request, toLowerAscii(settings_.ssoHeader))));
    if (!user.empty()) return ssoCaller(request, user, session);
  }
  if (!session) return {};
  return {Caller{*session, "console " + clientAddress(request)}, {}, {}};
}

bool ConsoleApi::csrfMatches(const HttpRequest& request, const Caller& caller) const {
  const std::string sent = headerOf(request, "x-csrf-token");
  const std::string& expected = caller.session.csrfToken;
  return sent.size() == expected.size() && sodium_memcmp(sent.data(), expected.data(), sent.size()) == 0;
}

std::string ConsoleApi::sessionCookie(const std::string& token, std::int64_t maxAge) const {
  return std::string(kCookieName) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(maxAge) + (settings_.secureCookie ? "; Secure" : "");
}

HttpResponse ConsoleApi::routeApi(const HttpRequest& request) {
  const std::string& path = request.path;
  if (path == "/api/v1/health" && request.method == "GET") return health();
  if (path == "/api/v1/session" && request.method == "POST") return signIn(request);
  CallerLookup who = caller(request);
  if (who.refusal) return *who.refusal;
  if (!who.caller) return errorResponse(401, "sign in first");
  HttpResponse response = routeSignedIn(request, *who.caller);
  if (!who.setCookie.empty()) response.headers.emplace_back("Set-Cookie", who.setCookie);
  return response;
}

HttpResponse ConsoleApi::routeSignedIn(const HttpRequest& request, const Caller& who) {
  static const std::regex messageRoute(R"(^/api/v1/messages/([^/]+)(?:/([a-z-]+))?$)");
  static const std::regex requestRoute(R"(^/api/v1/requests/([0-9]{1,18})/(approve|deny)$)");
  // The index is matched loosely ("../1" too) so that anything but a number is a clear 400.
  static const std::regex downloadRoute(R"(^/api/v1/messages/([^/]+)/attachments/(.*)/download$)");
  const std::string& path = request.path;
  // A session made just now by SSO has a CSRF token the browser has not seen: its first change is refused too.
  if (isChange(request.method) && !csrfMatches(request, who)) return errorResponse(403, "missing or wrong CSRF token");
  if (path == "/api/v1/session") {
    if (request.method == "GET") return whoAmI(who);
    if (request.method == "DELETE") return signOut(request, who);
    return errorResponse(405, "method not allowed");
  }
  if (path == "/api/v1/messages" && request.method == "GET") return search(request);
  if (path == "/api/v1/requests" && request.method == "GET") return listRequests(request);
  std::smatch m;
  if (std::regex_match(path, m, downloadRoute)) {
    if (!isValidQuarantineId(m[1].str())) return errorResponse(400, "not a quarantine id");
    return downloadAttachment(request, who, m[1].str(), m[2].str());
  }
  if (std::regex_match(path, m, messageRoute)) {
    if (!isValidQuarantineId(m[1].str())) return errorResponse(400, "not a quarantine id");
    return routeMessage(request, who, m[1].str(), m[2].str());
  }
  if (std::regex_match(path, m, requestRoute) && request.method == "POST") {
    return routeRequest(request, who, std::stoll(m[1].str()), m[2].str());
  }
  return errorResponse(404, "no such API route");
}

HttpResponse ConsoleApi::health() {
  QuarantineBacklog backlog = deps_.store.backlog();
  return jsonResponse({{"status", "ok"}, {"schemaVersion", deps_.store.schemaVersion()}, {"held", backlog.held}});
}

HttpResponse ConsoleApi::signIn(const HttpRequest& request) {
  json body = json::parse(request.body, nullptr, false);
  if (!body.is_object() || !body.contains("user") || !body.contains("password") || !body["user"].is_string() ||
      !body["password"].is_string()) {
    return errorResponse(400, "expected {\"user\": ..., \"password\": ...}");
  }
  const std::string user = body["user"], password = body["password"];
  const std::int64_t now = deps_.now();
  const std::string client = clientAddress(request);
  const std::string userKey = "user:" + user, addressKey = "addr:" + client;
  if (!limiter_.allowed(userKey, now) || !limiter_.allowed(addressKey, now)) {
    return errorResponse(429, "too many failed sign-ins; wait and try again");
  }
  auto account = deps_.users.verify(user, password);
  if (!account) {
    limiter_.recordFailure(userKey, now);
    limiter_.recordFailure(addressKey, now);
    spdlog::warn("console: failed sign-in for '{}' from {}", user, client);
    return errorResponse(401, "wrong user name or password");
  }
  limiter_.reset(userKey);
  // A session the browser already had is dropped and a new id issued: no fixation.
  if (std::string old = cookieValue(headerOf(request, "cookie"), kCookieName); !old.empty()) sessions_.remove(old);
  Session session = sessions_.create(account->name, account->role, now);
  spdlog::info("console: {} ({}) signed in from {}", account->name, toString(account->role), client);
  HttpResponse r = jsonResponse({{"user", account->name}, {"role", std::string(toString(account->role))}, {"csrfToken", session.csrfToken}});
  r.headers.emplace_back("Set-Cookie", sessionCookie(session.token, settings_.sessionMaxSeconds));
  return r;
}

HttpResponse ConsoleApi::signOut(const HttpRequest&, const Caller& caller) {
  sessions_.remove(caller.session.token);
  HttpResponse r = jsonResponse({{"signedOut", true}});
  r.headers.emplace_back("Set-Cookie", sessionCookie("", 0));
  return r;
}

HttpResponse ConsoleApi::whoAmI(const Caller& caller) {
  return jsonResponse({{"user", caller.session.user},
                       {"role", std::string(toString(caller.session.role))},
                       {"csrfToken", caller.session.csrfToken},
                       {"twoPersonRelease", settings_.twoPersonRelease},
                       {"singleSignOn", caller.session.sso}});
}

}  // namespace aup::console
