#include "scanners/dangerous_attachment/dangerous_attachment_scanner.h"

#include <algorithm>

#include "scanners/dangerous_attachment/file_type.h"

namespace aup {

namespace {

constexpr const char* kPolicy = "dangerous-attachment";

using T = SettingType;

// clang-format off
constexpr Setting kDangerousAttachmentSettings[] = {
    // Programs, scripts, installers, shortcuts, disk images that smuggle them, macro-enabled Office.
    {"policy.dangerous-attachment.blocked_extensions", T::StringList,
     R"(["exe", "com", "scr", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "wsc", "ps1", "psm1", "psc1", "msi", "msp", "mst", "msix", "msixbundle", "appx", "appxbundle", "jar", "hta", "cpl", "lnk", "reg", "dll", "sys", "scf", "inf", "msc", "gadget", "application", "apk", "app", "dmg", "pkg", "sh", "iso", "img", "vhd", "vhdx", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm", "ppam", "sldm"])",
     {}, {}, {}, "last extension of the name (case-insensitive, trailing dots and spaces ignored); a list here replaces the default"},
    // libmagic 5.44 names for executables, installers and scripts.
    {"policy.dangerous-attachment.blocked_types", T::StringList,
     R"(["application/vnd.microsoft.portable-executable", "application/x-dosexec", "application/x-msdownload", "application/x-executable", "application/x-pie-executable", "application/x-sharedlib", "application/x-mach-binary", "application/x-msi", "application/x-ms-shortcut", "application/java-archive", "application/x-java-applet", "text/x-shellscript", "text/x-msdos-batch"])",
     {}, {}, {}, "real type by content (libmagic MIME names), whatever the name; a list here replaces the default"},
    {"policy.dangerous-attachment.block_macros", T::Bool, "true", {}, {}, {},
     "OOXML with `vbaProject.bin`, OLE2 with a `_VBA_PROJECT` stream"},
    {"policy.dangerous-attachment.scan_archives", T::Bool, "true", {}, {}, {}, "list zip members (and zips inside zips)"},
    {"policy.dangerous-attachment.max_archive_entries", T::Int, "1000", "1", "100000", {}, "members listed across all levels"},
    {"policy.dangerous-attachment.max_archive_depth", T::Int, "3", "1", "10", {}, "zip nesting followed"},
};
// clang-format on

const Setting& setting(std::string_view key) { return findSetting(kDangerousAttachmentSettings, key); }

// Lower-cased, without a leading dot.
std::set<std::string> normalisedExtensions(const std::vector<std::string>& list) {
  std::set<std::string> out;
  for (std::string e : list) {
    if (e.starts_with('.')) e.erase(0, 1);
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!e.empty()) out.insert(e);
  }
  return out;
}

Finding makeFinding(const char* rule, const std::string& name, const std::string& why, const std::string& evidence,
                    const std::string& location) {
  Finding f;
  f.policy = kPolicy;
  f.rule = rule;
  f.description = "The attachment " + name + " is not allowed: " + why + ".";
  f.evidence = evidence;
  f.location = location;
  f.advice = "Programs, scripts and macro-enabled documents cannot be sent by email; share documents as PDF or "
             "macro-free Office files, and ask IT if you need to send software.";
  return f;
}

bool hasVbaMember(const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(), [](const std::string& n) {
    std::string lower(n);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.ends_with("vbaproject.bin");
  });
}

}  // namespace

DangerousAttachmentSettings defaultDangerousAttachmentSettings() {
  DangerousAttachmentSettings s;
  s.blockedExtensions = normalisedExtensions(defaultList(setting("policy.dangerous-attachment.blocked_extensions")));
  auto types = defaultList(setting("policy.dangerous-attachment.blocked_types"));
  s.blockedTypes = {types.begin(), types.end()};
  return s;
}

DangerousAttachmentScanner::DangerousAttachmentScanner(DangerousAttachmentSettings settings,
                                                       std::shared_ptr<const ContentTypeSniffer> contentTypes)
    : settings_(std::move(settings)), contentTypes_(std::move(contentTypes)) {
  skipTypingOfText_ = std::all_of(settings_.blockedTypes.begin(), settings_.blockedTypes.end(), [](const std::string& t) {
    return !t.starts_with("text/") || t == "text/x-shellscript" || t == "text/x-msdos-batch";
  });
}

std::optional<Finding> DangerousAttachmentScanner::checkFile(const std::string& name, std::string_view content,
                                                             const std::string& location,
                                                             const std::vector<std::string>& memberNames) const {
  auto exts = extensionsOf(name);
  std::string shown = name.empty() ? "(unnamed)" : name;
  if (!exts.empty() && settings_.blockedExtensions.count(exts[0])) {
    // A harmless-looking extension in front of a blocked one is a disguise, and worth saying so.
    if (exts.size() > 1 && !settings_.blockedExtensions.count(exts[1])) {
      return makeFinding("double-extension", shown, "its name hides a ." + exts[0] + " file behind ." + exts[1],
                         "." + exts[1] + "." + exts[0], location);
    }
    return makeFinding("blocked-extension", shown, "." + exts[0] + " files can run programs or macros", "." + exts[0],
                       location);
  }
  std::string type = skipTypingOfText_ && isTextWithoutScriptStart(content) ? "text/plain" : contentTypes_->mimeTypeOf(content);
  if (!type.empty() && settings_.blockedTypes.count(type)) {
    return makeFinding("blocked-type", shown, "its content is a program or script (" + type + ")", type, location);
  }
  if (settings_.blockMacros && (oleHasVbaProject(content) || hasVbaMember(memberNames))) {
    return makeFinding("macro-document", shown, "it is an Office document with macros", "VBA project", location);
  }
  return std::nullopt;
}

namespace {

// A zip whose listing stopped at a limit: the members not listed were never name- or
// type-checked, so the message is held for a person rather than delivered as clean.
Finding archiveNotChecked(const MimeLeaf& leaf, const ZipListing& listing) {
  Finding f;
  f.policy = kPolicy;
  f.rule = "archive-not-checked";
  f.description = "The attachment " + (leaf.filename.empty() ? std::string("(unnamed)") : leaf.filename) +
                  " could not be fully checked for programs (" + listing.truncatedReason + "), so the message is held.";
  f.evidence = listing.truncatedReason + "; " + std::to_string(listing.members.size()) + " entries checked";
  f.location = leaf.describe();
  f.advice = "Send fewer files per archive, without archives inside archives, or share them through the school's file "
             "storage.";
  f.actionOverride = Action::Quarantine;
  return f;
}

}  // namespace

void DangerousAttachmentScanner::checkZip(const MimeLeaf& leaf, Deadline deadline, ScanOutcome& outcome) const {
  ZipListing listing = listZip(leaf.decoded, settings_.zipLimits, deadline);
  std::vector<std::string> topNames;
  for (const auto& m : listing.members) {
    if (m.path == m.name) topNames.push_back(m.name);
  }
  // An OOXML document is a zip: its own members (vbaProject.bin) decide the macro rule.
  if (auto f = checkFile(leaf.filename, leaf.decoded, leaf.describe(), topNames)) {
    outcome.findings.push_back(std::move(*f));
    return;
  }
  for (const auto& m : listing.members) {
    if (m.name.ends_with('/')) continue;
    std::vector<std::string> none;
    if (auto f = checkFile(m.name, m.head, leaf.describe() + " > " + m.path, none)) {
      f->description = "The attachment " + (leaf.filename.empty() ? std::string("(unnamed)") : leaf.filename) +
                       " contains " + m.path + ", which is not allowed: " + f->description.substr(f->description.find(": ") + 2);
      outcome.findings.push_back(std::move(*f));
    }
  }
  if (listing.truncated) outcome.findings.push_back(archiveNotChecked(leaf, listing));
}

ScanOutcome DangerousAttachmentScanner::scan(const MessageView& message, const ScanContext& context) const {
  ScanOutcome outcome;
  for (const auto& leaf : message.leaves()) {
    if (context.deadline.expired()) break;  // the engine reports the message as not fully checked
    // Body text is read, not run; a script pasted into a message body is not an attachment.
    if (!leaf.isAttachment && leaf.contentType.starts_with("text/")) continue;
    if (settings_.scanArchives && looksLikeZip(leaf.decoded)) {
      checkZip(leaf, context.deadline, outcome);
    } else if (auto f = checkFile(leaf.filename, leaf.decoded, leaf.describe(), {})) {
      outcome.findings.push_back(std::move(*f));
    }
  }
  return outcome;
}

ScannerFactory dangerousAttachmentScannerFactory() {
  return {{{kPolicy, Action::Reject, Action::Reject}}, kDangerousAttachmentSettings,
          [](ConfigReader& reader, const Settings& /*settings*/, const ScannerServices& services) -> ScannerPtr {
            DangerousAttachmentSettings s;
            s.blockedExtensions = normalisedExtensions(reader.getStringList(setting("policy.dangerous-attachment.blocked_extensions")));
            auto types = reader.getStringList(setting("policy.dangerous-attachment.blocked_types"));
            s.blockedTypes = {types.begin(), types.end()};
            s.blockMacros = reader.getBool(setting("policy.dangerous-attachment.block_macros"));
            s.scanArchives = reader.getBool(setting("policy.dangerous-attachment.scan_archives"));
            s.zipLimits.maxEntries = static_cast<std::size_t>(reader.getInt(setting("policy.dangerous-attachment.max_archive_entries")));
            s.zipLimits.maxDepth = static_cast<int>(reader.getInt(setting("policy.dangerous-attachment.max_archive_depth")));
            return std::make_unique<DangerousAttachmentScanner>(std::move(s), services.contentTypes);
          }};
}

}  // namespace aup
