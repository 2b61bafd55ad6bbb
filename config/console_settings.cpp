#include "config/console_settings.h"

#include "config/core_settings.h"

#include <arpa/inet.h>
#include <netinet/in.h>

namespace aup {

namespace {

// An IPv4 or IPv6 address as text (what a socket reports as the peer), not a network.
bool isIpAddress(const std::string& text) {
  unsigned char buffer[sizeof(in6_addr)];
  return inet_pton(AF_INET, text.c_str(), buffer) == 1 || inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

// "" or an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).
bool isHeaderName(const std::string& name) {
  return name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~") ==
         std::string::npos;
}

}  // namespace

ConsoleSettings readConsoleSettings(ConfigReader& reader, const std::filesystem::path& quarantineDir) {
  ConsoleSettings c;
  c.listenAddress = reader.getString(coreSetting("console.listen_address"));
  c.listenPort = reader.getInt(coreSetting("console.listen_port"));
  c.usersFile = reader.getPath(coreSetting("console.users_file"));
  if (c.usersFile.empty() && !quarantineDir.empty()) c.usersFile = quarantineDir / "console-users.db";
  c.sessionIdleSeconds = reader.getDurationSeconds(coreSetting("console.session_idle_timeout"));
  c.sessionMaxSeconds = reader.getDurationSeconds(coreSetting("console.session_max_age"));
  if (c.sessionMaxSeconds < c.sessionIdleSeconds) {
    reader.error("console.session_max_age", "must not be below console.session_idle_timeout");
  }
  c.secureCookie = reader.getBool(coreSetting("console.secure_cookie"));
  c.twoPersonRelease = reader.getBool(coreSetting("console.two_person_release"));
  c.signInFailuresPerWindow = reader.getInt(coreSetting("console.sign_in_failures"));
  c.signInWindowSeconds = reader.getDurationSeconds(coreSetting("console.sign_in_window"));
  c.maxBodyBytes = static_cast<std::int64_t>(reader.getSize(coreSetting("console.max_request_size")));
  c.requestLinkLimit = reader.getInt(coreSetting("console.request_link_limit"));
  c.requestLinkWindowSeconds = reader.getDurationSeconds(coreSetting("console.request_link_window"));
  c.trustedProxies = reader.getStringList(coreSetting("console.trusted_proxies"));
  for (const auto& address : c.trustedProxies) {
    if (!isIpAddress(address)) reader.error("console.trusted_proxies", "'" + address + "' is not an IP address (exact addresses only, no networks)");
  }
  c.ssoHeader = reader.getString(coreSetting("console.sso_header"));
  c.ssoGroupsHeader = reader.getString(coreSetting("console.sso_groups_header"));
  c.ssoUsersFile = reader.getPath(coreSetting("console.sso_users_file"));
  c.ssoRefusalAuditLimit = reader.getInt(coreSetting("console.sso_refusal_audit_limit"));
  c.ssoRefusalAuditWindowSeconds = reader.getDurationSeconds(coreSetting("console.sso_refusal_audit_window"));
  for (const auto& [key, name] : {std::pair{"console.sso_header", c.ssoHeader}, {"console.sso_groups_header", c.ssoGroupsHeader}}) {
    if (!isHeaderName(name)) reader.error(key, "'" + name + "' is not an HTTP header name");
  }
  if (!c.ssoHeader.empty() && c.trustedProxies.empty()) {
    reader.error("console.sso_header", "needs console.trusted_proxies: the addresses allowed to set it");
  }
  if (!c.ssoHeader.empty() && c.ssoUsersFile.empty()) {
    reader.error("console.sso_header", "needs console.sso_users_file: who may sign in, with which role");
  }
  if (!c.ssoGroupsHeader.empty() && c.ssoHeader.empty()) {
    reader.error("console.sso_groups_header", "is used only with console.sso_header");
  }
  return c;
}

}  // namespace aup
