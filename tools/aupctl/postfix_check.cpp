#include "tools/aupctl/postfix_check.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>

namespace aup {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSeparators = ", \t\r\n";
constexpr std::string_view kDefaultQueueDirectory = "/var/spool/postfix";

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool isParameterName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

// Splits "name=value" / "name = value" (an -o argument or a milter option).
std::optional<std::pair<std::string, std::string>> splitAssignment(std::string_view text) {
  auto eq = text.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  std::string_view name = trimmed(text.substr(0, eq));
  if (!isParameterName(name)) return std::nullopt;
  return std::make_pair(std::string(name), std::string(trimmed(text.substr(eq + 1))));
}

// Words of `text` separated by any of `separators`; a `{ ... }` group is one word, braces kept.
std::vector<std::string> bracedWords(std::string_view text, std::string_view separators) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (separators.find(text[i]) != std::string_view::npos) {
      ++i;
      continue;
    }
    std::size_t end = i;
    if (text[i] == '{') {
      end = text.find('}', i);
      end = end == std::string_view::npos ? text.size() : end + 1;
    } else {
      while (end < text.size() && separators.find(text[end]) == std::string_view::npos) ++end;
    }
    words.emplace_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

std::string_view unbraced(std::string_view word) {
  if (word.size() >= 2 && word.front() == '{' && word.back() == '}') return trimmed(word.substr(1, word.size() - 2));
  return word;
}

// The leading number of a compatibility_level ("3.6" -> 3.6); 0 when unset.
double compatibilityLevel(std::string_view value) {
  try {
    return value.empty() ? 0.0 : std::stod(std::string(value));
  } catch (const std::exception&) {
    return 0.0;
  }
}

// --- where a socket really is ---------------------------------------------------------------

enum class Transport { Unix, Inet, Unknown };

struct SocketAddress {
  Transport transport = Transport::Unknown;
  std::string path;  // unix
  std::string host;  // inet; "" = any address
  std::string port;
};

std::string withoutBrackets(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return std::string(host);
}

// aup-milter's [milter] listen, libmilter syntax: unix:/path, local:/path, inet:PORT@HOST, inet6:PORT@HOST.
SocketAddress parseListen(std::string_view listen) {
  SocketAddress a;
  if (listen.starts_with("unix:") || listen.starts_with("local:")) {
    a.transport = Transport::Unix;
    a.path = fs::path(std::string(listen.substr(listen.find(':') + 1))).lexically_normal().string();
  } else if (listen.starts_with("inet:") || listen.starts_with("inet6:")) {
    a.transport = Transport::Inet;
    std::string_view rest = listen.substr(listen.find(':') + 1);
    auto at = rest.find('@');
    a.port = std::string(rest.substr(0, at));
    if (at != std::string_view::npos) a.host = withoutBrackets(rest.substr(at + 1));
  }
  return a;
}

// A Postfix milter spec: unix:path or inet:host:port ([ipv6]:port).
SocketAddress parseSpec(std::string_view spec) {
  SocketAddress a;
  if (spec.starts_with("unix:") || spec.starts_with("local:")) {
    a.transport = Transport::Unix;
    a.path = std::string(spec.substr(spec.find(':') + 1));
  } else if (spec.starts_with("inet:")) {
    a.transport = Transport::Inet;
    std::string_view rest = spec.substr(5);
    auto colon = rest.rfind(':');
    if (colon != std::string_view::npos) {
      a.host = withoutBrackets(rest.substr(0, colon));
      a.port = std::string(rest.substr(colon + 1));
    }
  }
  return a;
}

bool isLoopbackHost(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

bool isAnyAddress(std::string_view host) { return host.empty() || host == "0.0.0.0" || host == "::" || host == "*"; }

// Postfix connecting to `client` reaches a listener on `server` (names are not resolved:
// "localhost" stands for the loopback addresses).
bool sameHost(std::string_view server, std::string_view client) {
  if (isAnyAddress(server) || server == client) return true;
  return (server == "localhost" && isLoopbackHost(client)) || (client == "localhost" && isLoopbackHost(server));
}

enum class Reach {
  Yes,           // Postfix connects to aup-milter's socket
  ChrootHidden,  // the path names the socket, but the chrooted daemon looks for it inside the queue directory
  No,
};

// What a daemon (chrooted or not, working directory = the queue directory) reaches with `spec`.
Reach reaches(const MilterEntry& entry, const SocketAddress& listen, bool chrooted, const fs::path& queueDir) {
  SocketAddress target = parseSpec(entry.spec);
  if (target.transport != listen.transport || target.transport == Transport::Unknown) return Reach::No;
  if (target.transport == Transport::Inet) {
    return target.port == listen.port && sameHost(listen.host, target.host) ? Reach::Yes : Reach::No;
  }
  fs::path path(target.path);
  if (path.is_relative()) return (queueDir / path).lexically_normal() == fs::path(listen.path) ? Reach::Yes : Reach::No;
  if (path.lexically_normal() != fs::path(listen.path)) {
    // An absolute path inside the chroot names queueDir + path.
    return chrooted && (queueDir / path.relative_path()).lexically_normal() == fs::path(listen.path) ? Reach::Yes
                                                                                                   : Reach::No;
  }
  return chrooted ? Reach::ChrootHidden : Reach::Yes;
}

// --- the configuration as one service sees it -----------------------------------------------

// Postfix's built-in defaults for what is checked here (postconf -d, Postfix 3.7).
const ParameterLookup& builtInDefaults() {
  static const ParameterLookup defaults = {
      {"queue_directory", std::string(kDefaultQueueDirectory)},
      {"milter_default_action", "tempfail"},
      {"milter_protocol", "6"},
      {"milter_content_timeout", "300s"},
      {"compatibility_level", "0"},
      {"cleanup_service_name", "cleanup"},
      {"inet_interfaces", "all"},
      {"smtpd_milters", ""},
      {"non_smtpd_milters", ""},
      {"receive_override_options", ""},
  };
  return defaults;
}

struct Context {
  std::string label;     // "smtpd_milters" or "non_smtpd_milters"
  std::string service;   // the master.cf service ("" = main.cf alone)
  bool chrooted = false;
  ParameterLookup params;                 // defaults < main.cf < the service's -o overrides
  std::set<std::string> overridden;       // parameters the service sets with -o
  std::string value(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : expandParameters(it->second, params);
  }
  // Where a parameter's value comes from, as a finding names it.
  std::string whereOf(const std::string& name) const {
    return overridden.count(name) ? "master.cf service " + service + " (-o " + name + ")" : name;
  }
};

class Checker {
 public:
  Checker(std::string_view postconfN, std::string_view postconfM, const MilterExpectations& expect)
      : expect_(expect), listen_(parseListen(expect.listen)), services_(parsePostconfM(postconfM)) {
    main_ = builtInDefaults();
    for (auto& [name, value] : parsePostconfN(postconfN)) main_[name] = value;
    queueDir_ = fs::path(expandParameters(main_["queue_directory"], main_)).lexically_normal();
    chrootByDefault_ = compatibilityLevel(expandParameters(main_["compatibility_level"], main_)) < 1.0;
  }

  std::vector<PostfixFinding> run() {
    if (listen_.transport == Transport::Unknown) {
      add(Severity::Problem, "aup-milter [milter] listen", "'" + expect_.listen + "' is not a socket Postfix can use",
          "set [milter] listen = \"unix:" + (queueDir_ / "aup-milter/milter.sock").string() + "\"");
      return std::move(findings_);
    }
    checkMilterList("smtpd_milters", smtpdContexts());
    checkMilterList("non_smtpd_milters", nonSmtpdContexts());
    checkMilterMaps();
    if (expect_.releaseListener) checkReleaseListener();
    return std::move(findings_);
  }

 private:
  void add(Severity severity, std::string where, std::string problem, std::string fix) {
    PostfixFinding f{severity, std::move(where), std::move(problem), std::move(fix)};
    for (const auto& seen : findings_) {
      if (seen.where == f.where && seen.problem == f.problem) return;
    }
    findings_.push_back(std::move(f));
  }

  bool isChrooted(const MasterService& s) const { return s.chroot == "y" || (s.chroot == "-" && chrootByDefault_); }

  Context contextFor(const std::string& label, const MasterService* service) const {
    Context c;
    c.label = label;
    c.params = main_;
    if (service != nullptr) {
      c.service = service->name;
      c.chrooted = isChrooted(*service);
      for (const auto& [name, value] : service->overrides) {
        c.params[name] = value;
        c.overridden.insert(name);
      }
    }
    return c;
  }

  // Every smtpd in master.cf (postscreen hands connections to a `pass` smtpd); main.cf alone when none.
  std::vector<Context> smtpdContexts() const {
    std::vector<Context> out;
    for (const auto& s : services_) {
      if (s.command == "smtpd") out.push_back(contextFor("smtpd_milters", &s));
    }
    if (out.empty()) out.push_back(contextFor("smtpd_milters", nullptr));
    return out;
  }

  // non_smtpd_milters run in cleanup, for mail that pickup (sendmail) hands it.
  std::vector<Context> nonSmtpdContexts() const {
    const std::string cleanupName = expandParameters(main_.at("cleanup_service_name"), main_);
    const MasterService* cleanup = nullptr;
    const MasterService* pickup = nullptr;
    for (const auto& s : services_) {
      if (s.name == cleanupName && s.type == "unix") cleanup = &s;
      if (s.command == "pickup") pickup = &s;
    }
    Context c = contextFor("non_smtpd_milters", cleanup);
    // receive_override_options is read by pickup, which passes it to cleanup.
    if (pickup != nullptr) {
      if (auto it = pickup->overrides.find("receive_override_options"); it != pickup->overrides.end()) {
        c.params["receive_override_options"] = it->second;
        c.overridden.insert("receive_override_options");
        c.service = pickup->name;
      }
    }
    return {c};
  }

  // The Postfix spec to write for aup-milter's socket, for daemons chrooted or not.
  std::string recommendedSpec() const {
    if (listen_.transport == Transport::Inet) {
      return "inet:" + (isAnyAddress(listen_.host) ? std::string("127.0.0.1") : listen_.host) + ":" + listen_.port;
    }
    fs::path relative = fs::path(listen_.path).lexically_relative(queueDir_);
    if (!relative.empty() && *relative.begin() != "..") return "unix:" + relative.string();
    return "unix:" + listen_.path;
  }

  bool socketOutsideQueue() const {
    if (listen_.transport != Transport::Unix) return false;
    fs::path relative = fs::path(listen_.path).lexically_relative(queueDir_);
    return relative.empty() || *relative.begin() == "..";
  }

  // The fix for a socket a chrooted daemon cannot see; `label` is the milter list to change.
  std::string chrootFix(const std::string& label) const {
    std::string list = label == "non_smtpd_milters" && smtpdNamesSocket() ? "$smtpd_milters" : "unix:aup-milter/milter.sock";
    return "set aup-milter's [milter] listen = \"unix:" + (queueDir_ / "aup-milter/milter.sock").string() +
           "\" and " + expect_.postconf + " -e '" + label + " = " + list + "' (a path relative to "
           "the queue directory works chrooted or not; docs/postfix.md section 2)";
  }

  bool miltersDisabled(const Context& c) const {
    for (const auto& word : bracedWords(c.value("receive_override_options"), kSeparators)) {
      if (word == "no_milters") return true;
    }
    return false;
  }

  // A service that is a content filter's loopback re-injection port may legitimately skip milters.
  bool loopbackOnly(const Context& c) const {
    auto colon = c.service.rfind(':');
    if (colon != std::string::npos) return isLoopbackHost(withoutBrackets(c.service.substr(0, colon)));
    auto interfaces = bracedWords(c.value("inet_interfaces"), kSeparators);
    return !interfaces.empty() && std::all_of(interfaces.begin(), interfaces.end(),
                                              [](const std::string& i) { return isLoopbackHost(i) || i == "loopback-only"; });
  }

  bool isReleaseService(const Context& c) const { return !c.service.empty() && releaseServiceMatches(c.service); }

  bool releaseServiceMatches(const std::string& name) const {
    auto colon = name.rfind(':');
    if (colon == std::string::npos) return name == std::to_string(expect_.releasePort);
    return name.substr(colon + 1) == std::to_string(expect_.releasePort) &&
           sameHost(withoutBrackets(name.substr(0, colon)), expect_.releaseHost);
  }

  // Checks one milter list as each of its contexts sees it; `label` is the parameter.
  void checkMilterList(const std::string& label, const std::vector<Context>& contexts) {
    std::vector<std::string> hiddenIn;  // chrooted services that cannot see the socket
    for (const auto& c : contexts) {
      if (miltersDisabled(c)) {
        bool own = c.overridden.count("receive_override_options") > 0;
        reportBypass(c, label, own, c.whereOf("receive_override_options"), "receive_override_options = no_milters turns every milter off",
                     own ? "remove no_milters: " + removeOverride(c, "receive_override_options")
                         : expect_.postconf + " -e 'receive_override_options =' (or drop no_milters from the list)");
        continue;
      }
      auto entries = parseMilterList(c.value(label));
      const MilterEntry* ours = nullptr;
      bool hidden = false;
      for (const auto& e : entries) {
        Reach r = reaches(e, listen_, c.chrooted, queueDir_);
        if (r == Reach::Yes && ours == nullptr) ours = &e;
        hidden = hidden || r == Reach::ChrootHidden;
      }
      if (ours == nullptr && !hidden && c.chrooted && socketOutsideQueue() && mentionsSocketPath(entries)) hidden = true;
      if (ours == nullptr && hidden) {
        hiddenIn.push_back(c.service.empty() ? "main.cf" : c.service);
        continue;
      }
      if (ours == nullptr) {
        reportMissing(c, label, entries);
        continue;
      }
      checkOptions(c, label, *ours);
    }
    if (!hiddenIn.empty()) reportChrootHidden(label, hiddenIn);
  }

  bool mentionsSocketPath(const std::vector<MilterEntry>& entries) const {
    return std::any_of(entries.begin(), entries.end(), [&](const MilterEntry& e) {
      SocketAddress a = parseSpec(e.spec);
      return a.transport == Transport::Unix && fs::path(a.path).lexically_normal() == fs::path(listen_.path);
    });
  }

  std::string removeOverride(const Context& c, const std::string& parameter) const {
    std::string type;
    for (const auto& s : services_) {
      if (s.name == c.service) type = s.type;
    }
    return expect_.postconf + " -PX '" + c.service + "/" + type + "/" + parameter + "'";
  }

  // A service (or main.cf) whose mail skips aup-milter. `own`: the service's -o options cause it.
  void reportBypass(const Context& c, const std::string& label, bool own, const std::string& where,
                    const std::string& why, const std::string& fix) {
    if (isReleaseService(c)) return;  // checkReleaseListener says it with the listener's own fix
    bool smtp = label == "smtpd_milters";
    bool deliberate = own && smtp && loopbackOnly(c);
    std::string problem = why + ": mail " + (smtp ? "received by SMTP" : "submitted with sendmail") +
                          (own && smtp ? " on " + c.service : "") + " is not checked by aup-milter" +
                          (deliberate ? " (fine for a content filter's loopback re-injection port, not for mail from users)" : "");
    add(deliberate ? Severity::Warning : Severity::Problem, where, problem, fix);
  }

  void reportMissing(const Context& c, const std::string& label, const std::vector<MilterEntry>& entries) {
    const bool own = c.overridden.count(label) > 0;
    std::string value = c.value(label);
    std::string fix;
    if (own) {
      fix = removeOverride(c, label) + " (main.cf's " + label + " then applies)";
    } else if (label == "non_smtpd_milters" && smtpdNamesSocket()) {
      fix = expect_.postconf + " -e 'non_smtpd_milters = $smtpd_milters'";
    } else {
      std::string kept = std::string(trimmed(c.params.at(label)));
      fix = expect_.postconf + " -e '" + label + " = " + (kept.empty() ? "" : kept + ", ") + recommendedSpec() + "'";
    }
    if (c.chrooted && socketOutsideQueue()) fix += "; the daemon runs chrooted, so also " + chrootFix(label);
    std::string why = entries.empty() ? label + " is empty"
                                      : label + " = " + value + " does not name aup-milter's socket (" + expect_.listen + ")";
    reportBypass(c, label, own, own ? c.whereOf(label) : label, why, fix);
  }

  bool smtpdNamesSocket() const {
    Context c = contextFor("smtpd_milters", nullptr);
    for (const auto& e : parseMilterList(c.value("smtpd_milters"))) {
      if (reaches(e, listen_, false, queueDir_) != Reach::No) return true;
    }
    return false;
  }

  void reportChrootHidden(const std::string& label, const std::vector<std::string>& services) {
    std::string names;
    for (const auto& s : services) names += (names.empty() ? "" : ", ") + s;
    std::string daemon = label == "smtpd_milters" ? "smtpd" : "cleanup";
    add(Severity::Problem, label,
        daemon + " runs chrooted in " + queueDir_.string() + " (master.cf service " + names + "), where " +
            expect_.listen.substr(expect_.listen.find(':') + 1) + " is looked up as " +
            (queueDir_ / fs::path(listen_.path).relative_path()).string() + ": Postfix cannot reach aup-milter",
        chrootFix(label));
  }

  // default_action, protocol and content_timeout of aup-milter's entry: the entry's own options
  // win over the parameters.
  void checkOptions(const Context& c, const std::string& label, const MilterEntry& ours) {
    auto option = [&](const std::string& name, const std::string& parameter) -> std::pair<std::string, std::string> {
      if (auto it = ours.options.find(name); it != ours.options.end()) {
        return {it->second, (c.overridden.count(label) ? c.whereOf(label) : label) + " { " + ours.spec + ", " + name + "=... }"};
      }
      return {c.value(parameter), c.whereOf(parameter)};
    };
    auto optionFix = [&](const std::string& where, const std::string& parameter, const std::string& value) {
      if (where.find(" { ") != std::string::npos) return "remove the option from aup-milter's { ... } entry (or set it to " + value + ")";
      if (c.overridden.count(parameter)) return removeOverride(c, parameter);
      return expect_.postconf + " -e '" + parameter + " = " + value + "'";
    };
    auto [action, actionWhere] = option("default_action", "milter_default_action");
    if (action != "tempfail") {
      add(Severity::Problem, actionWhere,
          "default action is '" + action + "': while aup-milter is down or times out, Postfix " +
              (action == "accept" ? "delivers mail unchecked" : action == "reject" ? "bounces mail for good" : "does not keep mail waiting"),
          optionFix(actionWhere, "milter_default_action", "tempfail"));
    }
    auto [protocol, protocolWhere] = option("protocol", "milter_protocol");
    int version = std::atoi(protocol.c_str());
    if (version < 6) {
      add(Severity::Problem, protocolWhere,
          "milter protocol '" + protocol + "' is below 6: aup-milter needs the no-reply steps of protocol 6 and refuses the "
          "connection, so every message gets the default action",
          optionFix(protocolWhere, "milter_protocol", "6"));
    }
    auto [timeout, timeoutWhere] = option("content_timeout", "milter_content_timeout");
    std::int64_t seconds = postfixSeconds(timeout);
    if (seconds < 0) {
      add(Severity::Warning, timeoutWhere, "content timeout '" + timeout + "' is not a time value", optionFix(timeoutWhere, "milter_content_timeout", "300s"));
    } else if (seconds <= expect_.messageBudgetSeconds) {
      std::string wanted = std::to_string(std::max<std::int64_t>(300, expect_.messageBudgetSeconds + 60)) + "s";
      add(Severity::Problem, timeoutWhere,
          "content timeout " + std::to_string(seconds) + "s is not above aup-milter's [milter] message_budget (" +
              std::to_string(expect_.messageBudgetSeconds) + "s): Postfix gives up on a slow message before aup-milter decides",
          optionFix(timeoutWhere, "milter_content_timeout", wanted) + ", or lower [milter] message_budget");
    }
  }

  void checkMilterMaps() {
    std::string maps = expandParameters(main_.count("smtpd_milter_maps") ? main_["smtpd_milter_maps"] : "", main_);
    if (trimmed(maps).empty()) return;
    add(Severity::Warning, "smtpd_milter_maps",
        "per-client milter lists (" + maps + ") replace smtpd_milters for the clients they match, and DISABLE turns milters off",
        "make sure every entry names aup-milter's socket (" + recommendedSpec() + ") and none says DISABLE");
  }

  // docs/quarantine.md: released mail and notices go to an smtpd on release_host:release_port
  // that keeps the milter (their signed tokens let them through).
  void checkReleaseListener() {
    const std::string address = expect_.releaseHost + ":" + std::to_string(expect_.releasePort);
    const MasterService* listener = nullptr;
    for (const auto& s : services_) {
      if (s.type == "inet" && releaseServiceMatches(s.name)) listener = &s;
    }
    if (listener == nullptr) {
      add(Severity::Problem, "master.cf",
          "no service listens on " + address + " ([quarantine] release_host:release_port): aupctl quarantine release "
          "and staff notices have nowhere to go",
          "add to master.cf (docs/quarantine.md): '" + address + " inet n - y - - smtpd -o smtpd_recipient_restrictions="
          "permit_mynetworks,reject -o smtpd_client_restrictions=permit_mynetworks,reject -o mynetworks=127.0.0.0/8', "
          "then postfix reload");
      return;
    }
    const std::string where = "master.cf service " + listener->name;
    if (listener->command != "smtpd") {
      add(Severity::Problem, where, "runs " + listener->command + ", not smtpd: released mail is not received there",
          "make it '" + listener->name + " inet n - y - - smtpd' (docs/quarantine.md)");
      return;
    }
    Context c = contextFor("smtpd_milters", listener);
    if (miltersDisabled(c)) {
      if (!c.overridden.count("receive_override_options")) return;  // main.cf's no_milters, reported above
      add(Severity::Problem, c.whereOf("receive_override_options"),
          "receive_override_options = no_milters: released mail and notices would pass unchecked, and anything sent "
          "to this port bypasses the policies",
          removeOverride(c, "receive_override_options"));
      return;
    }
    if (!c.overridden.count("smtpd_milters")) return;  // main.cf's list applies, checked above
    for (const auto& e : parseMilterList(c.value("smtpd_milters"))) {
      if (reaches(e, listen_, c.chrooted, queueDir_) == Reach::Yes) return;
    }
    add(Severity::Problem, c.whereOf("smtpd_milters"),
        "the release listener overrides smtpd_milters (= '" + c.value("smtpd_milters") +
            "') without aup-milter: any local process can send anything to anyone through it unchecked (docs/quarantine.md)",
        removeOverride(c, "smtpd_milters") + ", then postfix reload");
  }

  const MilterExpectations& expect_;
  SocketAddress listen_;
  std::vector<MasterService> services_;
  ParameterLookup main_;
  fs::path queueDir_;
  bool chrootByDefault_ = false;
  std::vector<PostfixFinding> findings_;
};

}  // namespace

std::map<std::string, std::string> parsePostconfN(std::string_view text) {
  std::map<std::string, std::string> out;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (auto assignment = splitAssignment(line)) out[assignment->first] = assignment->second;
  }
  return out;
}

std::vector<MasterService> parsePostconfM(std::string_view text) {
  // Join continuation lines (postconf -M joins them already; a raw master.cf does not).
  std::vector<std::string> lines;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (trimmed(line).empty() || trimmed(line).front() == '#') continue;
    if (std::isspace(static_cast<unsigned char>(line.front())) && !lines.empty()) {
      lines.back() += " " + std::string(trimmed(line));
    } else {
      lines.emplace_back(trimmed(line));
    }
  }
  std::vector<MasterService> out;
  for (const auto& line : lines) {
    auto words = bracedWords(line, " \t\r");
    if (words.size() < 8) continue;
    MasterService s{words[0], words[1], words[4], words[7], {}};
    for (std::size_t i = 8; i < words.size(); ++i) {
      std::string_view option;
      if (words[i] == "-o" && i + 1 < words.size()) {
        option = unbraced(words[++i]);
      } else if (words[i].starts_with("-o")) {
        option = unbraced(std::string_view(words[i]).substr(2));
      } else {
        continue;
      }
      if (auto assignment = splitAssignment(option)) s.overrides[assignment->first] = assignment->second;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<MilterEntry> parseMilterList(std::string_view value) {
  std::vector<MilterEntry> out;
  for (const auto& word : bracedWords(value, kSeparators)) {
    if (word.front() != '{') {
      out.push_back({word, {}});
      continue;
    }
    // { spec, name=value, name = value ... }: join "name", "=", "value" back together.
    auto parts = bracedWords(unbraced(word), kSeparators);
    if (parts.empty()) continue;
    MilterEntry entry{parts[0], {}};
    for (std::size_t i = 1; i < parts.size(); ++i) {
      std::string option = parts[i];
      while (i + 1 < parts.size() && (option.back() == '=' || parts[i + 1].front() == '=')) option += parts[++i];
      if (auto assignment = splitAssignment(option)) entry.options[assignment->first] = assignment->second;
    }
    out.push_back(std::move(entry));
  }
  return out;
}

namespace {

std::string expandAt(std::string_view value, const ParameterLookup& lookup, int depth);

std::string lookupExpanded(const std::string& name, const ParameterLookup& lookup, int depth) {
  auto it = lookup.find(name);
  return it == lookup.end() ? std::string() : expandAt(it->second, lookup, depth + 1);
}

std::string expandAt(std::string_view value, const ParameterLookup& lookup, int depth) {
  if (depth > 20) return std::string(value);  // a reference loop: Postfix itself refuses it
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '$' || i + 1 >= value.size()) {
      out += value[i];
      continue;
    }
    char next = value[i + 1];
    if (next == '$') {
      out += '$';
      ++i;
    } else if (next == '{' || next == '(') {
      char close = next == '{' ? '}' : ')';
      auto end = value.find(close, i + 2);
      if (end == std::string_view::npos) {
        out += value.substr(i);
        break;
      }
      std::string_view inner = value.substr(i + 2, end - i - 2);
      auto op = inner.find_first_of("?:");
      std::string resolved = lookupExpanded(std::string(inner.substr(0, op)), lookup, depth);
      if (op == std::string_view::npos) {
        out += resolved;
      } else if ((inner[op] == '?') == !resolved.empty()) {
        out += expandAt(inner.substr(op + 1), lookup, depth + 1);
      }
      i = end;
    } else {
      std::size_t end = i + 1;
      while (end < value.size() && (std::isalnum(static_cast<unsigned char>(value[end])) || value[end] == '_')) ++end;
      if (end == i + 1) {
        out += '$';
        continue;
      }
      out += lookupExpanded(std::string(value.substr(i + 1, end - i - 1)), lookup, depth);
      i = end - 1;
    }
  }
  return out;
}

}  // namespace

std::string expandParameters(std::string_view value, const ParameterLookup& lookup) { return expandAt(value, lookup, 0); }

std::int64_t postfixSeconds(std::string_view value) {
  value = trimmed(value);
  std::size_t digits = 0;
  while (digits < value.size() && std::isdigit(static_cast<unsigned char>(value[digits]))) ++digits;
  if (digits == 0 || digits > 12 || value.size() > digits + 1) return -1;
  std::int64_t n = std::stoll(std::string(value.substr(0, digits)));
  char unit = digits < value.size() ? value[digits] : 's';
  switch (unit) {
    case 's': return n;
    case 'm': return n * 60;
    case 'h': return n * 3600;
    case 'd': return n * 86400;
    case 'w': return n * 604800;
    default: return -1;
  }
}

std::vector<PostfixFinding> checkPostfix(std::string_view postconfN, std::string_view postconfM,
                                         const MilterExpectations& expect) {
  return Checker(postconfN, postconfM, expect).run();
}

std::string formatFinding(const PostfixFinding& f) {
  return std::string(f.severity == Severity::Problem ? "problem: " : "warning: ") + f.where + ": " + f.problem +
         ". Fix: " + f.fix;
}

}  // namespace aup
