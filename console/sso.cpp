#include "console/sso.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "engine/envelope.h"
#include "engine/text_util.h"

namespace aup::console {

SsoAllowList SsoAllowList::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read the SSO allow-list " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string());
}

SsoAllowList SsoAllowList::parse(std::string_view text, const std::string& where) {
  SsoAllowList list;
  std::istringstream in{std::string(text)};
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string name, roleText, extra;
    if (!(words >> name)) continue;
    const std::string at = where + ":" + std::to_string(number) + ": ";
    if (!(words >> roleText) || (words >> extra)) throw std::runtime_error(at + "expected NAME ROLE (or group:NAME ROLE)");
    auto role = parseRole(roleText);
    if (!role) throw std::runtime_error(at + "unknown role '" + roleText + "' (admin, dsl, helpdesk, auditor)");
    Entry entry;
    entry.group = name.starts_with("group:");
    entry.name = entry.group ? name.substr(6) : toLowerAscii(name);
    entry.role = *role;
    if (entry.name.empty()) throw std::runtime_error(at + "a name is missing");
    for (const auto& e : list.entries_) {
      if (e.group == entry.group && e.name == entry.name) throw std::runtime_error(at + "'" + name + "' is listed twice");
    }
    list.entries_.push_back(std::move(entry));
  }
  return list;
}

std::optional<Role> SsoAllowList::roleOf(std::string_view user, const std::vector<std::string>& groups) const {
  const std::string name = toLowerAscii(user);
  if (name.empty()) return std::nullopt;
  for (const auto& e : entries_) {
    if (!e.group && e.name == name) return e.role;
  }
  for (const auto& e : entries_) {
    if (!e.group) continue;
    for (const auto& g : groups) {
      if (g == e.name) return e.role;
    }
  }
  return std::nullopt;
}

SsoAllowListHolder::SsoAllowListHolder() : current_(std::make_shared<const SsoAllowList>()) {}

SsoAllowListHolder::SsoAllowListHolder(std::filesystem::path file)
    : file_(std::move(file)), current_(std::make_shared<const SsoAllowList>(SsoAllowList::load(file_))) {}

std::shared_ptr<const SsoAllowList> SsoAllowListHolder::current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

SsoAllowListHolder::ReloadOutcome SsoAllowListHolder::reload() {
  std::lock_guard one(reloading_);
  if (file_.empty()) return {Reload::Kept, 0, "no sso_users_file: single sign-on is off"};
  std::shared_ptr<const SsoAllowList> next;
  try {
    next = std::make_shared<const SsoAllowList>(SsoAllowList::load(file_));
  } catch (const std::exception& e) {
    return {Reload::Kept, current()->size(), e.what()};
  }
  const std::size_t entries = next->size();
  std::lock_guard lock(mutex_);
  current_.swap(next);
  return {Reload::Loaded, entries, ""};
}

std::vector<std::string> splitGroups(std::string_view header) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= header.size()) {
    std::size_t comma = header.find(',', pos);
    if (comma == std::string_view::npos) comma = header.size();
    std::string_view group = trim(header.substr(pos, comma - pos));
    if (!group.empty()) out.emplace_back(group);
    pos = comma + 1;
  }
  return out;
}

}  // namespace aup::console
