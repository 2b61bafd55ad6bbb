#include "config/settings.h"

#include <regex>

#include "config/core_settings.h"
#include "config/install_paths.h"
#include "engine/text_util.h"

namespace aup {

namespace {

using T = SettingType;

// The four keys every policy has; "<id>" stands for the policy's id. `action` and
// `inbound_action` default to what the policy declares (PolicyDeclaration).
// clang-format off
constexpr Setting kPolicyCommonSettings[] = {
    {"policy.<id>.enabled", T::Bool, "true", {}, {}, {}, "run this policy"},
    {"policy.<id>.action", T::Action, "", {}, {}, {}, "action for outbound and internal mail", "per policy, below"},
    {"policy.<id>.inbound_action", T::Action, "", {}, {}, {}, "action for mail from outside", "per policy, below"},
    {"policy.<id>.on_error", T::Action, "tempfail", {}, {}, {}, "action when the policy cannot decide (`tempfail`: the sender retries)"},
};
// clang-format on

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
  auto list = reader.getStringList(coreSetting(key));
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
  auto entries = reader.getStringList(coreSetting(key));
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
  org.name = reader.getString(coreSetting("organisation.name"));
  org.internalDomains = readDomains(reader, "organisation.internal_domains");
  org.learnerDomains = readDomains(reader, "organisation.learner_domains");
  auto networks = reader.getStringList(coreSetting("organisation.trusted_networks"));
  for (std::size_t i = 0; i < networks.size(); ++i) {
    if (auto net = Network::parse(networks[i])) {
      org.trustedNetworks.push_back(*net);
    } else {
      reader.error("organisation.trusted_networks[" + std::to_string(i) + "]",
                   "'" + networks[i] + "' is not an IP network in CIDR form (e.g. \"192.168.0.0/16\")");
    }
  }
  org.headteacher = toLowerAscii(reader.getString(coreSetting("organisation.headteacher")));
  if (!org.headteacher.empty() && !isAddress(org.headteacher)) {
    reader.error("organisation.headteacher", "'" + org.headteacher + "' is not an email address");
  }
  org.postmaster = reader.getString(coreSetting("organisation.postmaster"));
  readSendAs(reader, org);
  if (org.internalDomains.empty()) {
    reader.error("organisation.internal_domains", "list at least one domain the organisation sends mail from");
  }
  return org;
}

void readPolicies(ConfigReader& reader, std::span<const PolicyDeclaration> declared, EngineSettings& engine) {
  for (const auto& d : declared) {
    // The common declaration with this policy's id and defaults filled in.
    auto forPolicy = [&](std::string_view name, std::string& key, std::string_view defaultValue) {
      Setting s = findSetting(kPolicyCommonSettings, "policy.<id>." + std::string(name));
      key = "policy." + std::string(d.id) + "." + std::string(name);
      s.key = key;
      if (!defaultValue.empty()) s.defaultValue = defaultValue;
      return s;
    };
    std::string enabledKey, actionKey, inboundKey, onErrorKey;
    PolicyActions actions;
    actions.enabled = reader.getBool(forPolicy("enabled", enabledKey, {}));
    actions.action = reader.getAction(forPolicy("action", actionKey, toString(d.action)));
    actions.inboundAction = reader.getAction(forPolicy("inbound_action", inboundKey, toString(d.inboundAction)));
    actions.onError = reader.getAction(forPolicy("on_error", onErrorKey, {}));
    engine.policies[std::string(d.id)] = actions;
  }
  for (const auto& id : reader.tableKeys("policy")) {
    if (!engine.policies.count(id)) {
      std::string known;
      for (const auto& d : declared) known += (known.empty() ? "" : ", ") + std::string(d.id);
      reader.error("policy." + id, "unknown policy '" + id + "'; known policies: " + known);
      reader.acceptSection("policy." + id);
    }
  }
}

MilterSettings readMilter(ConfigReader& reader) {
  MilterSettings m;
  m.listen = reader.getString(coreSetting("milter.listen"));
  // A relative unix socket path resolves against the config file's directory, like every other
  // path here (the demo config keeps its socket in its own state directory).
  for (std::string_view prefix : {"unix:", "local:"}) {
    std::filesystem::path socket = m.listen.starts_with(prefix) ? m.listen.substr(prefix.size()) : "";
    if (!socket.empty() && socket.is_relative()) m.listen = std::string(prefix) + (reader.baseDir() / socket).lexically_normal().string();
  }
  if (!(m.listen.starts_with("unix:") || m.listen.starts_with("local:") || m.listen.starts_with("inet:") ||
        m.listen.starts_with("inet6:"))) {
    reader.error("milter.listen", "expected \"unix:/path/to/socket\" or \"inet:PORT@127.0.0.1\"");
  }
  m.socketGroup = reader.getString(coreSetting("milter.socket_group"));
  std::string mode = reader.getString(coreSetting("milter.socket_mode"));
  static const std::regex octal("^0?[0-7]{3}$");
  if (std::regex_match(mode, octal)) {
    m.socketMode = static_cast<std::uint32_t>(std::stoul(mode, nullptr, 8));
  } else {
    reader.error("milter.socket_mode", "expected an octal mode such as \"0660\"");
  }
  m.spoolThreshold = reader.getSize(coreSetting("milter.spool_threshold"));
  m.spoolDir = reader.getPath(coreSetting("milter.spool_dir"));
  m.addVerdictHeader = reader.getBool(coreSetting("milter.verdict_header"));
  m.verdictHeaderName = reader.getString(coreSetting("milter.verdict_header_name"));
  m.timeoutSeconds = reader.getDurationSeconds(coreSetting("milter.timeout"));
  m.pidFile = reader.getPath(coreSetting("milter.pid_file")).string();
  m.fileCheckSeconds = reader.getDurationSeconds(coreSetting("milter.file_check_interval"));
  m.rosterMaxDropShare = reader.getDouble(coreSetting("organisation.roster_max_drop"));
  return m;
}

// [milter] message_budget and on_budget_exceeded: how long one message may take to scan, and
// what a message that runs out gets. The budget must stay below Postfix's milter_content_timeout
// (300s by default), or Postfix gives up on the milter first.
void readMessageBudget(ConfigReader& reader, EngineSettings& engine) {
  engine.messageBudget = std::chrono::seconds(reader.getDurationSeconds(coreSetting("milter.message_budget")));
  std::string onExceeded = reader.getChoice(coreSetting("milter.on_budget_exceeded"));
  engine.onBudgetExceeded = onExceeded == "tempfail" ? Action::Tempfail : Action::Quarantine;
}

LogSettings readLog(ConfigReader& reader) {
  LogSettings log;
  log.audit = reader.getPath(coreSetting("log.audit"));
  log.operational = reader.getPath(coreSetting("log.file"));
  log.level = reader.getChoice(coreSetting("log.level"));
  log.maxFileBytes = reader.getSize(coreSetting("log.max_file_size"));
  log.maxFiles = reader.getInt(coreSetting("log.max_files"));
  log.syslog = reader.getBool(coreSetting("log.syslog"));
  log.syslogSocket = reader.getPath(coreSetting("log.syslog_socket"));
  // sockaddr_un holds 108 bytes with the terminating NUL.
  if (log.syslog && (log.syslogSocket.empty() || log.syslogSocket.string().size() > 107)) {
    reader.error("log.syslog_socket", "expected the path of a unix socket (at most 107 bytes), such as \"/dev/log\"");
  }
  log.syslogIdent = reader.getString(coreSetting("log.syslog_ident"));
  if (log.syslogIdent.empty() || log.syslogIdent.size() > 32 ||
      log.syslogIdent.find_first_of(" :[]") != std::string::npos) {
    reader.error("log.syslog_ident", "expected a program name of 1 to 32 characters without spaces, ':' or brackets");
  }
  log.syslogFacility = reader.getChoice(coreSetting("log.syslog_facility"));
  log.syslogFormat = reader.getChoice(coreSetting("log.syslog_format"));
  return log;
}

MetricsSettings readMetrics(ConfigReader& reader) {
  MetricsSettings m;
  m.listen = reader.getString(coreSetting("metrics.listen"));
  if (m.listen.empty()) return m;
  // HOST:PORT or [IPv6]:PORT, as the HTTP listener takes it.
  static const std::regex form(R"(^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$)");
  std::smatch match;
  if (!std::regex_match(m.listen, match, form) || std::stoi(match[2]) < 1 || std::stoi(match[2]) > 65535) {
    reader.error("metrics.listen", "expected \"HOST:PORT\" such as \"127.0.0.1:9899\", or \"\" for off");
  }
  return m;
}

}  // namespace

std::span<const Setting> policyCommonSettings() { return kPolicyCommonSettings; }

Settings readCoreSettings(ConfigReader& reader, std::span<const PolicyDeclaration> policies) {
  Settings s;
  s.file = reader.file();
  s.milter = readMilter(reader);
  s.log = readLog(reader);
  s.metrics = readMetrics(reader);
  s.quarantine = readQuarantineSettings(reader);
  s.engine.organisation = readOrganisation(reader);
  s.notices = readNoticeSettings(reader, s.engine.organisation.postmaster);
  s.console = readConsoleSettings(reader, s.quarantine.dir);
  readPolicies(reader, policies, s.engine);
  s.engine.onUnscannable = reader.getAction(coreSetting("engine.on_unscannable"));
  readMessageBudget(reader, s.engine);
  s.parseLimits.maxLeafParts = static_cast<std::size_t>(reader.getInt(coreSetting("limits.max_parts")));
  s.parseLimits.maxDecodedBytes = reader.getSize(coreSetting("limits.max_decoded_size"));
  return s;
}

std::filesystem::path defaultConfigPath() {
  return runningInstallPrefix() ? std::filesystem::path("/etc/aup-milter/aup-milter.toml")
                                : std::filesystem::path(AUP_DEFAULT_CONFIG);
}

}  // namespace aup
