// ConsoleApi: routing, sign-in, sessions, CSRF, security headers and the static UI. The message
// and release-request handlers are in message_handlers.cpp.

#include "console/console_api.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <regex>

#include "console/static_assets.h"
#include "decision/quarantine_id.h"

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
      limiter_(settings_.signInFailuresPerWindow, settings_.signInWindowSeconds) {}

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
  if (request.path.starts_with("/api/")) return routeApi(request);
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

std::optional<ConsoleApi::Caller> ConsoleApi::caller(const HttpRequest& request) {
  std::string token = cookieValue(headerOf(request, "cookie"), kCookieName);
  if (token.empty()) return std::nullopt;
  auto session = sessions_.find(token, deps_.now());
  if (!session) return std::nullopt;
  return Caller{*session, "console " + request.remoteAddress};
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
  static const std::regex messageRoute(R"(^/api/v1/messages/([^/]+)(?:/([a-z-]+))?$)");
  static const std::regex requestRoute(R"(^/api/v1/requests/([0-9]{1,18})/(approve|deny)$)");
  const std::string& path = request.path;
  if (path == "/api/v1/health" && request.method == "GET") return health();
  if (path == "/api/v1/session" && request.method == "POST") return signIn(request);
  auto who = caller(request);
  if (!who) return errorResponse(401, "sign in first");
  if (isChange(request.method) && !csrfMatches(request, *who)) return errorResponse(403, "missing or wrong CSRF token");
  if (path == "/api/v1/session") {
    if (request.method == "GET") return whoAmI(*who);
    if (request.method == "DELETE") return signOut(request, *who);
    return errorResponse(405, "method not allowed");
  }
  if (path == "/api/v1/messages" && request.method == "GET") return search(request);
  if (path == "/api/v1/requests" && request.method == "GET") return listRequests(request);
  std::smatch m;
  if (std::regex_match(path, m, messageRoute)) {
    if (!isValidQuarantineId(m[1].str())) return errorResponse(400, "not a quarantine id");
    return routeMessage(request, *who, m[1].str(), m[2].str());
  }
  if (std::regex_match(path, m, requestRoute) && request.method == "POST") {
    return routeRequest(request, *who, std::stoll(m[1].str()), m[2].str());
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
  const std::string userKey = "user:" + user, addressKey = "addr:" + request.remoteAddress;
  if (!limiter_.allowed(userKey, now) || !limiter_.allowed(addressKey, now)) {
    return errorResponse(429, "too many failed sign-ins; wait and try again");
  }
  auto account = deps_.users.verify(user, password);
  if (!account) {
    limiter_.recordFailure(userKey, now);
    limiter_.recordFailure(addressKey, now);
    spdlog::warn("console: failed sign-in for '{}' from {}", user, request.remoteAddress);
    return errorResponse(401, "wrong user name or password");
  }
  limiter_.reset(userKey);
  // A session the browser already had is dropped and a new id issued: no fixation.
  if (std::string old = cookieValue(headerOf(request, "cookie"), kCookieName); !old.empty()) sessions_.remove(old);
  Session session = sessions_.create(account->name, account->role, now);
  spdlog::info("console: {} ({}) signed in from {}", account->name, toString(account->role), request.remoteAddress);
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
                       {"twoPersonRelease", settings_.twoPersonRelease}});
}

}  // namespace aup::console
