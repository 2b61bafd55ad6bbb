#include "console/sessions.h"

#include <sodium.h>

#include <stdexcept>

namespace aup::console {

std::string randomToken() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

Session SessionTable::create(const std::string& user, Role role, std::int64_t now, bool sso) {
  Session s{randomToken(), randomToken(), user, role, now, now, sso};
  std::lock_guard lock(mutex_);
  if (sessions_.size() >= maxSessions_) {
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it) {
      if (it->second.lastSeen < oldest->second.lastSeen) oldest = it;
    }
    sessions_.erase(oldest);
  }
  sessions_[s.token] = s;
  return s;
}

std::optional<Session> SessionTable::find(const std::string& token, std::int64_t now) {
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  Session& s = it->second;
  if (now - s.lastSeen > idleSeconds_ || now - s.createdAt > maxAgeSeconds_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  s.lastSeen = now;
  return s;
}

void SessionTable::remove(const std::string& token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

std::optional<Session> SessionTable::setRole(const std::string& token, Role role) {
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  it->second.role = role;
  return it->second;
}

bool SignInLimiter::allowed(const std::string& key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  auto it = windows_.find(key);
  if (it == windows_.end()) return true;
  if (now - it->second.start >= windowSeconds_) {
    windows_.erase(it);
    return true;
  }
  return it->second.failures < maxFailures_;
}

void SignInLimiter::recordFailure(const std::string& key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  // XXX bounded memory: a flood of distinct keys resets the table rather than growing it; the
  // per-address key still limits each flooding client until then.
  if (windows_.size() > 100000) windows_.clear();
  Window& w = windows_[key];
  if (w.failures == 0 || now - w.start >= windowSeconds_) w = {now, 0};
  ++w.failures;
}

void SignInLimiter::reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  windows_.erase(key);
}

}  // namespace aup::console
