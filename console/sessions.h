#pragma once
// Sessions and sign-in limits, in memory (a restart signs everyone out, which is acceptable for a
// review console). Tokens are 256 random bits; each session has its own CSRF token. A new session
// id is made at every sign-in, so a token planted before sign-in is worthless (fixation).

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "console/roles.h"

namespace aup::console {

struct Session {
  std::string token;      // the cookie value
  std::string csrfToken;  // sent back in X-CSRF-Token on every change
  std::string user;
  Role role = Role::Auditor;
  std::int64_t createdAt = 0;
  std::int64_t lastSeen = 0;
  bool sso = false;       // made from a trusted proxy's single sign-on header, not a password
};

// 64 hex characters from libsodium's CSPRNG.
std::string randomToken();

class SessionTable {
 public:
  SessionTable(std::int64_t idleSeconds, std::int64_t maxAgeSeconds, std::size_t maxSessions = 10000)
      : idleSeconds_(idleSeconds), maxAgeSeconds_(maxAgeSeconds), maxSessions_(maxSessions) {}

  // A fresh session (new token and CSRF token); drops the oldest when full.
  Session create(const std::string& user, Role role, std::int64_t now, bool sso = false);
  // The live session for `token`, touching it; nullopt when unknown, idle too long or too old.
  std::optional<Session> find(const std::string& token, std::int64_t now);
  void remove(const std::string& token);
  // Gives the live session `token` another role (an SSO user's, after the allow-list changed);
  // the session as it now is, or nullopt when it is gone.
  std::optional<Session> setRole(const std::string& token, Role role);

 private:
  std::int64_t idleSeconds_, maxAgeSeconds_;
  std::size_t maxSessions_;
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

// Counts failed sign-ins per key (account name, client address) in a fixed window.
class SignInLimiter {
 public:
  SignInLimiter(std::int64_t maxFailures, std::int64_t windowSeconds)
      : maxFailures_(maxFailures), windowSeconds_(windowSeconds) {}
  bool allowed(const std::string& key, std::int64_t now);
  void recordFailure(const std::string& key, std::int64_t now);  // also: counts one visit (request links)
  void reset(const std::string& key);

 private:
  struct Window {
    std::int64_t start = 0;
    std::int64_t failures = 0;
  };
  std::int64_t maxFailures_, windowSeconds_;
  std::mutex mutex_;
  std::map<std::string, Window> windows_;
};

}  // namespace aup::console
