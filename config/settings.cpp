#include "config/settings.h"

#include <regex>

#include "engine/text_util.h"

namespace aup {

namespace {

struct PolicyDefaults {
  const char* id;
  Action action;
  Action inboundAction;
};

// Every policy the product ships, with its default actions (docs/config.md lists the same table).
constexpr PolicyDefaults kPolicyDefaults[] = {
    {"anonymous", Action::Reject, Action::Quarantine},
    {"chain-letter", Action::Reject, Action::Quarantine},
    {"dlp-unencrypted", Action::Quarantine, Action::Quarantine},
    {"virus", Action::Reject, Action::Reject},
    {"dangerous-attachment", Action::Reject, Action::Reject},
    {"headteacher-copy", Action::Reject, Action::Accept},
};

bool isDomainName(const std::string& d) {
  static const std::regex pattern(R"(^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$)");
  return d.size() <= 253 && std::regex_match(d, pattern);
}

bool isAddress(const std::string& a) {
  auto at = a.rfind('@');
  return at != std::string::npos && at > 0 && isDomainName(domainOf(a));
}

std::vector<std::string> readDomains(ConfigReader& reader, const std::string& key) {
  std::vector<std::string> out;
  auto list = reader.getStringList(key);
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string d = toLowerAscii(list[i]);
    if (!isDomainName(d)) {
      reader.error(key + "[" + std::to_string(i) + "]", "'" + list[i] + "' is not a domain name");
      continue;
    }
    out.push_back(d);
  }
  return out;
}

// "office@school.example: j.smith@school.example, a.jones" -> office@... may be used by those
// logins. Kept under [policy.anonymous] where admins already set it; notices read it too.
void readSendAs(ConfigReader& reader, Organisation& org) {
  const std::string key = "policy.anonymous.send_as";
  auto entries = reader.getStringList(key);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto colon = entries[i].find(':');
    std::string address = toLowerAscii(trim(std::string_view(entries[i]).substr(0, colon)));
    if (colon == std::string::npos || address.find('@') == std::string::npos) {
      reader.error(key + "[" + std::to_string(i) + "]",
                   "expected \"ADDRESS: USER, USER\" (who may send as ADDRESS), got '" + entries[i] + "'");
      continue;
    }
    std::string_view users = std::string_view(entries[i]).substr(colon + 1);
    while (!users.empty()) {
      auto comma = users.find(',');
      std::string user = toLowerAscii(trim(users.substr(0, comma)));
      if (!user.empty()) org.sendAs[address].insert(user);
      if (comma == std::string_view::npos) break;
      users.remove_prefix(comma + 1);
    }
  }
}

Organisation readOrganisation(ConfigReader& reader) {
  Organisation org;
  org.name = reader.getString("organisation.name", org.name);
  org.internalDomains = readDomains(reader, "organisation.internal_domains");
  org.learnerDomains = readDomains(reader, "organisation.learner_domains");
  auto networks = reader.getStringList("organisation.trusted_networks");
  for (std::size_t i = 0; i < networks.size(); ++i) {
    if (auto net = Network::parse(networks[i])) {
      org.trustedNetworks.push_back(*net);
    } else {
      reader.error("organisation.trusted_networks[" + std::to_string(i) + "]",
                   "'" + networks[i] + "' is not an IP network in CIDR form (e.g. \"192.168.0.0/16\")");
    }
  }
  org.headteacher = toLowerAscii(reader.getString("organisation.headteacher", ""));
  if (!org.headteacher.empty() && !isAddress(org.headteacher)) {
    reader.error("organisation.headteacher", "'" + org.headteacher + "' is not an email address");
  }
  org.postmaster = reader.getString("organisation.postmaster", "");
  readSendAs(reader, org);
  if (org.internalDomains.empty()) {
    reader.error("organisation.internal_domains", "list at least one domain the organisation sends mail from");
  }
  return org;
}

void readPolicies(ConfigReader& reader, EngineSettings& engine) {
  for (const auto& d : kPolicyDefaults) {
    std::string prefix = std::string("policy.") + d.id + ".";
    PolicyActions actions;
    actions.enabled = reader.getBool(prefix + "enabled", true);
    actions.action = reader.getAction(prefix + "action", d.action);
    actions.inboundAction = reader.getAction(prefix + "inbound_action", d.inboundAction);
    actions.onError = reader.getAction(prefix + "on_error", Action::Tempfail);
    engine.policies[d.id] = actions;
  }
  for (const auto& id : reader.tableKeys("policy")) {
    if (!engine.policies.count(id)) {
      std::string known;
      for (const auto& d : kPolicyDefaults) known += (known.empty() ? "" : ", ") + std::string(d.id);
      reader.error("policy." + id, "unknown policy '" + id + "'; known policies: " + known);
      reader.acceptSection("policy." + id);
    }
  }
}

MilterSettings readMilter(ConfigReader& reader) {
  MilterSettings m;
  m.listen = reader.getString("milter.listen", m.listen);
  if (!(m.listen.starts_with("unix:") || m.listen.starts_with("local:") || m.listen.starts_with("inet:") ||
        m.listen.starts_with("inet6:"))) {
    reader.error("milter.listen", "expected \"unix:/path/to/socket\" or \"inet:PORT@127.0.0.1\"");
  }
  m.socketGroup = reader.getString("milter.socket_group", m.socketGroup);
  std::string mode = reader.getString("milter.socket_mode", "0660");
  static const std::regex octal("^0?[0-7]{3}$");
  if (std::regex_match(mode, octal)) {
    m.socketMode = static_cast<std::uint32_t>(std::stoul(mode, nullptr, 8));
  } else {
    reader.error("milter.socket_mode", "expected an octal mode such as \"0660\"");
  }
  m.spoolThreshold = reader.getSize("milter.spool_threshold", m.spoolThreshold, 4096, 1ull << 32);
  m.spoolDir = reader.getPath("milter.spool_dir", m.spoolDir.string());
  m.addVerdictHeader = reader.getBool("milter.verdict_header", m.addVerdictHeader);
  m.verdictHeaderName = reader.getString("milter.verdict_header_name", m.verdictHeaderName);
  m.timeoutSeconds = reader.getDurationSeconds("milter.timeout", m.timeoutSeconds, 10, 3600);
  m.pidFile = reader.getPath("milter.pid_file", "").string();
  m.fileCheckSeconds = reader.getDurationSeconds("milter.file_check_interval", m.fileCheckSeconds, 0, 86400);
  m.rosterMaxDropShare = reader.getDouble("organisation.roster_max_drop", m.rosterMaxDropShare, 0.0, 1.0);
  return m;
}

// [milter] message_budget and on_budget_exceeded: how long one message may take to scan, and
// what a message that runs out gets. The budget must stay below Postfix's milter_content_timeout
// (300s by default), or Postfix gives up on the milter first.
void readMessageBudget(ConfigReader& reader, EngineSettings& engine) {
  std::int64_t seconds = reader.getDurationSeconds("milter.message_budget", 240, 1, 3600);
  if (seconds < 1 || seconds > 3600) {
    reader.error("milter.message_budget", "must be between 1s and 1h, and below Postfix's milter_content_timeout (300s)");
  } else {
    engine.messageBudget = std::chrono::seconds(seconds);
  }
  std::string onExceeded = reader.getChoice("milter.on_budget_exceeded", "quarantine", {"quarantine", "tempfail"});
  engine.onBudgetExceeded = onExceeded == "tempfail" ? Action::Tempfail : Action::Quarantine;
}

LogSettings readLog(ConfigReader& reader) {
  LogSettings log;
  log.audit = reader.getPath("log.audit", log.audit.string());
  log.operational = reader.getPath("log.file", "");
  log.level = reader.getChoice("log.level", log.level, {"trace", "debug", "info", "warn", "error"});
  log.maxFileBytes = reader.getSize("log.max_file_size", log.maxFileBytes, 1u << 16, 1ull << 40);
  log.maxFiles = reader.getInt("log.max_files", log.maxFiles, 1, 1000);
  return log;
}

}  // namespace

Settings readCoreSettings(ConfigReader& reader) {
  Settings s;
  s.file = reader.file();
  s.milter = readMilter(reader);
  s.log = readLog(reader);
  s.quarantine = readQuarantineSettings(reader);
  s.engine.organisation = readOrganisation(reader);
  s.notices = readNoticeSettings(reader, s.engine.organisation.postmaster);
  readPolicies(reader, s.engine);
  s.engine.onUnscannable = reader.getAction("engine.on_unscannable", s.engine.onUnscannable);
  readMessageBudget(reader, s.engine);
  s.parseLimits.maxLeafParts =
      static_cast<std::size_t>(reader.getInt("limits.max_parts", static_cast<std::int64_t>(s.parseLimits.maxLeafParts), 1, 100000));
  s.parseLimits.maxDecodedBytes =
      reader.getSize("limits.max_decoded_size", s.parseLimits.maxDecodedBytes, 1u << 16, 1ull << 34);
  return s;
}

std::filesystem::path defaultConfigPath() { return AUP_DEFAULT_CONFIG; }

}  // namespace aup
