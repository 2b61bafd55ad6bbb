#pragma once
// Single sign-on through a trusted reverse proxy (docs/console.md "Single sign-on"): the proxy
// (nginx + oauth2-proxy in front of Microsoft 365 or Google) authenticates the person and passes
// their name in [console] sso_header; aup-console believes that header only from the exact
// addresses in [console] trusted_proxies, and lets in only the users and groups of an explicit
// allow-list, each with one role. Everyone else in the tenant, pupils included, gets 403.
//
// Allow-list file ([console] sso_users_file), one entry per line, '#' starts a comment:
//   j.smith@school.example      admin        a user, matched case-insensitively
//   group:aup-console-dsl       dsl          a group from [console] sso_groups_header
// A user's own line wins over group lines; among group lines the first matching line wins.
//
// The list is reloaded while the console runs (SIGHUP, or the file changing: aup-console's main):
// SsoAllowListHolder swaps in a complete new list, as the milter swaps its PolicySnapshot, and a
// file that does not parse leaves the list in force.

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "console/roles.h"

namespace aup::console {

class SsoAllowList {
 public:
  SsoAllowList() = default;  // empty: nobody gets in
  // Reads `file`; throws std::runtime_error naming file:line on an unreadable file, a line that is
  // not "NAME ROLE", an unknown role or a name listed twice.
  static SsoAllowList load(const std::filesystem::path& file);
  // Parses the text of such a file (`where` names it in errors).
  static SsoAllowList parse(std::string_view text, const std::string& where);

  // The role of `user` with `groups`; nullopt when neither is listed.
  std::optional<Role> roleOf(std::string_view user, const std::vector<std::string>& groups) const;
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    bool group = false;
    std::string name;  // lower case for users; groups as written (group ids are case-sensitive)
    Role role = Role::Auditor;
  };
  std::vector<Entry> entries_;
};

// SsoAllowListHolder - the allow-list in force: an immutable SsoAllowList behind a shared_ptr that
// reload() replaces whole, so a request decides with the list it read, never with half of two.
// Thread-safe.
class SsoAllowListHolder {
 public:
  enum class Reload {
    Loaded,  // the file was read again and its list is in force
    Kept,    // the file could not be read or parsed: the previous list stays in force
  };
  struct ReloadOutcome {
    Reload result = Reload::Kept;
    std::size_t entries = 0;  // lines of the list in force afterwards
    std::string error;        // Kept: why, naming the file (and line)
  };

  SsoAllowListHolder();  // single sign-on off: an empty list (nobody), nothing to reload
  // Loads `file` now; throws like SsoAllowList::load() (the console does not start with a broken list).
  explicit SsoAllowListHolder(std::filesystem::path file);

  std::shared_ptr<const SsoAllowList> current() const;
  // reload - reads the file again and swaps the new list in; on any error keeps the old one.
  ReloadOutcome reload();
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::mutex reloading_;       // one reload at a time (SIGHUP and the file watcher may overlap)
  mutable std::mutex mutex_;   // guards current_
  std::shared_ptr<const SsoAllowList> current_;
};

// The groups of a comma-separated header value (spaces around names dropped, empty names skipped).
std::vector<std::string> splitGroups(std::string_view header);

}  // namespace aup::console
