#include "scanners/anonymous/anonymous_scanner.h"

#include <algorithm>
#include <sstream>

#include "engine/text_util.h"

namespace aup {

namespace {

constexpr const char* kPolicy = "anonymous";

Finding finding(std::string rule, std::string description, std::string evidence, std::string location,
                std::string advice) {
  return Finding{kPolicy, std::move(rule), std::move(description), std::move(evidence), std::move(location),
                 std::move(advice), 1.0, std::nullopt};
}

// Lower-cased alphanumeric words of a display name or local part ("Anon.Y-mous" -> {"anon","y","mous"}).
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : toLowerAscii(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      current.push_back(c);
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::string joinWords(const std::vector<std::string>& w) {
  std::string out;
  for (const auto& x : w) out += (out.empty() ? "" : " ") + x;
  return out;
}

std::string describeMailbox(const Mailbox& m) {
  if (m.displayName.empty()) return "<" + m.address + ">";
  return "\"" + m.displayName + "\" <" + m.address + ">";
}

}  // namespace

bool AnonymousScanner::isAnonymousName(std::string_view displayName) const {
  // Whole-name or whole-word matches only: "Shannon Canon" or "Anona Smith" are real people.
  std::string normalised = joinWords(words(displayName));
  if (normalised.empty()) return false;
  auto tokens = words(displayName);
  for (const auto& name : settings_.anonymousNames) {
    std::string n = joinWords(words(name));
    if (n == normalised) return true;
    if (n.find(' ') == std::string::npos && std::find(tokens.begin(), tokens.end(), n) != tokens.end()) return true;
  }
  return false;
}

bool AnonymousScanner::isAnonymousLocalPart(std::string_view localPart) const {
  std::string joined;
  for (const auto& w : words(localPart)) joined += w;  // "no.name", "no-name", "noname" are one thing
  for (const auto& name : settings_.anonymousNames) {
    std::string n;
    for (const auto& w : words(name)) n += w;
    if (!n.empty() && joined == n) return true;
  }
  return false;
}

bool AnonymousScanner::isAnonymousDomain(std::string_view domain) const {
  std::string d = toLowerAscii(domain);
  while (!d.empty()) {
    if (settings_.anonymousDomains.count(d)) return true;
    auto dot = d.find('.');
    if (dot == std::string::npos) break;
    d = d.substr(dot + 1);
  }
  return false;
}

void AnonymousScanner::checkFromHeader(const MessageView& message, std::vector<Finding>& out) const {
  std::size_t fromHeaders = message.headerCount("From");
  if (fromHeaders == 0) {
    out.push_back(finding("missing-from", "The message has no From: header, so nobody can tell who sent it.", "no From header",
                          "headers", "Send the message from your own account in your mail program, which adds From: for you."));
    return;
  }
  bool conflicting = std::any_of(message.warnings().begin(), message.warnings().end(), [](const ParseWarning& w) {
    return w.critical && equalsIgnoreCase(w.item, "From");
  });
  if (fromHeaders > 1 || conflicting) {
    out.push_back(finding("duplicate-from", "The message has more than one From: header, which hides the real sender.",
                          std::to_string(fromHeaders) + " From headers", "headers",
                          "Send the message with a single From: address: your own."));
  }
  const auto& from = message.from();
  bool anyAddress = std::any_of(from.begin(), from.end(), [](const Mailbox& m) { return !m.address.empty(); });
  if (!anyAddress) {
    out.push_back(finding("no-address", "The From: header holds no email address.",
                          "From: " + std::string(message.header("From").value_or("")), "header From",
                          "Send from your own account so your address is shown."));
    return;
  }
  if (fromHeaders == 1 && !conflicting && from.size() > 1 && message.sender().empty()) {
    out.push_back(finding("duplicate-from", "The From: header names several people and no Sender: says who sent it.",
                          std::to_string(from.size()) + " addresses in From", "header From",
                          "Send from one address: your own."));
  }
  for (const auto& m : from) {
    if (isAnonymousName(m.displayName) || isAnonymousLocalPart(localPartOf(m.address))) {
      out.push_back(finding("anonymous-name", "The sender is named as anonymous or unknown.", describeMailbox(m),
                            "header From", "Send under your own name from your own account."));
      break;
    }
  }
}

void AnonymousScanner::checkAuthenticatedIdentity(const MessageView& message, const ScanContext& context,
                                                  std::vector<Finding>& out) const {
  const auto& auth = message.envelope().authUser;
  if (!auth || auth->empty()) return;
  for (const auto& m : message.from()) {
    if (m.address.empty() || context.organisation.mayUseAddress(*auth, m.address)) continue;
    out.push_back(finding("sender-mismatch",
                          "You signed in as " + *auth + " but the message claims to be from " + m.address + ".",
                          "From " + m.address + ", signed in as " + *auth, "header From",
                          "Send as yourself (" + *auth + "), or ask IT to give you send-as rights for " + m.address + "."));
    return;
  }
}

void AnonymousScanner::checkDomains(const MessageView& message, std::vector<Finding>& out) const {
  for (const auto& m : message.from()) {
    std::string domain = domainOf(m.address);
    if (!domain.empty() && isAnonymousDomain(domain)) {
      out.push_back(finding("anonymous-domain", "The sender uses a throwaway or anonymous mail service.", m.address,
                            "header From", "Use your organisation account, or a named personal account, instead."));
      return;
    }
  }
  std::string envelopeDomain = domainOf(message.envelope().mailFrom);
  if (!envelopeDomain.empty() && isAnonymousDomain(envelopeDomain)) {
    out.push_back(finding("anonymous-domain", "The envelope sender uses a throwaway or anonymous mail service.",
                          message.envelope().mailFrom, "envelope MAIL FROM",
                          "Use your organisation account, or a named personal account, instead."));
  }
}

void AnonymousScanner::checkRemailer(const MessageView& message, std::vector<Finding>& out) const {
  for (const auto& h : message.headers()) {
    std::string name = toLowerAscii(h.name);
    bool remailer = name == "anon-to" || name == "x-anon-to" || name == "latent-time" || name.starts_with("remailer-") ||
                    name == "x-remailer" || ((name == "comments" || name == "x-comments") &&
                                             containsIgnoreCase(h.value, "remailer"));
    if (remailer) {
      out.push_back(finding("remailer", "The message passed through an anonymous remailer.", h.name + ": " + h.value,
                            "header " + h.name, "Send the message directly from your own account."));
      return;
    }
  }
  // Type I remailer requests put the headers at the top of the body: "::" then "Anon-To:".
  for (const auto& leaf : message.leaves()) {
    if (!leaf.text || leaf.isAttachment) continue;
    std::string_view body = trim(*leaf.text);
    if (body.starts_with("::")) {
      std::string_view rest = trim(body.substr(2));
      if (containsIgnoreCase(rest.substr(0, 16), "anon-to:") || containsIgnoreCase(rest.substr(0, 16), "request-remailing")) {
        out.push_back(finding("remailer", "The message is a request to an anonymous remailer.", "\"::\" remailer header block",
                              leaf.describe(), "Send the message directly from your own account."));
        return;
      }
    }
    break;  // only the first body part can carry a remailer block
  }
}

void AnonymousScanner::checkNullSender(const MessageView& message, std::vector<Finding>& out) const {
  if (!message.envelope().mailFrom.empty()) return;
  // RFC 5321/3834: the null sender belongs to delivery reports, read receipts and auto-replies.
  for (const auto& node : message.structure()) {
    if (node.contentType == "multipart/report" || node.contentType == "message/delivery-status" ||
        node.contentType == "message/disposition-notification" || node.contentType == "message/feedback-report") {
      return;
    }
  }
  auto autoSubmitted = message.header("Auto-Submitted");
  if (autoSubmitted && !equalsIgnoreCase(trim(*autoSubmitted), "no") && toLowerAscii(trim(*autoSubmitted)).starts_with("auto-")) {
    return;
  }
  out.push_back(finding("null-sender",
                        "The message uses the empty return address <>, which is reserved for delivery reports and "
                        "auto-replies, so replies and bounces cannot reach the sender.",
                        "MAIL FROM:<>", "envelope MAIL FROM", "Send the message with your own address as sender."));
}

ScanOutcome AnonymousScanner::scan(const MessageView& message, const ScanContext& context) const {
  ScanOutcome outcome;
  checkFromHeader(message, outcome.findings);
  checkAuthenticatedIdentity(message, context, outcome.findings);
  checkDomains(message, outcome.findings);
  checkRemailer(message, outcome.findings);
  checkNullSender(message, outcome.findings);
  return outcome;
}

std::set<std::string> parseDomainList(std::string_view text, const std::filesystem::path& file, ConfigReader& reader) {
  std::set<std::string> out;
  std::istringstream in{std::string(text)};
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    auto hash = line.find('#');
    std::string_view entry = trim(std::string_view(line).substr(0, hash));
    if (entry.empty()) continue;
    std::string domain = toLowerAscii(entry);
    if (domain.find_first_of(" \t@/") != std::string::npos || domain.find('.') == std::string::npos) {
      reader.errorInFile(file, number, "'" + std::string(entry) + "' is not a domain name");
      continue;
    }
    out.insert(domain);
  }
  return out;
}

namespace {

using T = SettingType;

// clang-format off
constexpr Setting kAnonymousSettings[] = {
    {"organisation.anonymous_domains", T::Path, "", {}, {}, {},
     "file of throwaway/anonymous mail domains, one per line (`#` comments)", {}, true},
    {"policy.anonymous.anonymous_names", T::StringList,
     R"(["anonymous", "anon", "anonymus", "no name", "noname", "nobody", "unknown", "unknown sender", "secret admirer", "a friend", "concerned parent", "concerned person", "well wisher", "not telling"])",
     {}, {}, {}, "display names (whole name or whole word) and local parts that hide a sender; a list here replaces the default"},
};
// clang-format on

}  // namespace

ScannerFactory anonymousScannerFactory() {
  return {{{"anonymous", Action::Reject, Action::Quarantine}}, kAnonymousSettings,
          [](ConfigReader& reader, const Settings&, const ScannerServices& services) -> ScannerPtr {
            AnonymousSettings settings;
            settings.anonymousNames = reader.getStringList(findSetting(kAnonymousSettings, "policy.anonymous.anonymous_names"));
            auto domainsFile = reader.getPath(findSetting(kAnonymousSettings, "organisation.anonymous_domains"));
            if (!domainsFile.empty()) {
              reader.watchFile(domainsFile);  // an updated list takes effect without a SIGHUP
              std::string why;
              if (auto text = services.files->read(domainsFile, why)) {
                settings.anonymousDomains = parseDomainList(*text, domainsFile, reader);
              } else {
                reader.error("organisation.anonymous_domains",
                             "cannot read the domain list " + domainsFile.string() + ": " + why);
              }
            }
            return std::make_unique<AnonymousScanner>(std::move(settings));
          }};
}

}  // namespace aup
