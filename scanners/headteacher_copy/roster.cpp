#include "scanners/headteacher_copy/roster.h"

#include <fstream>
#include <sstream>

#include "engine/envelope.h"
#include "engine/text_util.h"
#include "scanners/headteacher_copy/csv_reader.h"

namespace aup {

std::string_view toString(RosterRole role) {
  switch (role) {
    case RosterRole::Parent: return "parent";
    case RosterRole::Carer: return "carer";
    case RosterRole::Governor: return "governor";
    case RosterRole::Agency: return "agency";
  }
  return "parent";
}

std::optional<RosterRole> parseRosterRole(std::string_view text) {
  std::string role = toLowerAscii(trim(text));
  if (role == "parent") return RosterRole::Parent;
  if (role == "carer") return RosterRole::Carer;
  if (role == "governor") return RosterRole::Governor;
  if (role == "agency") return RosterRole::Agency;
  return std::nullopt;
}

std::string foldSubaddress(std::string_view address) {
  auto at = address.rfind('@');
  if (at == std::string_view::npos) return std::string(address);
  auto plus = address.substr(0, at).find('+');
  // "+tag@x" (nothing before the plus) is an address of its own, not a tagged one.
  if (plus == std::string_view::npos || plus == 0) return std::string(address);
  return std::string(address.substr(0, plus)) + std::string(address.substr(at));
}

std::string maskAddress(std::string_view address) {
  auto at = address.rfind('@');
  if (at == std::string_view::npos) return maskMiddle(address, 1, 0);
  if (at == 0) return std::string(address);  // "@domain" rows hide nobody
  // A fixed number of stars: the mask must not reveal the length of the local part.
  return std::string(address.substr(0, 1)) + "***" + std::string(address.substr(at));
}

namespace {

bool isDomainLabelChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c >= 0x80;
}

// A dotted host name of at least two labels ("example.org"); input is lower case.
bool isPlausibleDomain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253 || domain.find('.') == std::string_view::npos) return false;
  std::size_t labelStart = 0;
  for (std::size_t i = 0; i <= domain.size(); ++i) {
    if (i == domain.size() || domain[i] == '.') {
      std::string_view label = domain.substr(labelStart, i - labelStart);
      if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
      labelStart = i + 1;
    } else if (!isDomainLabelChar(static_cast<unsigned char>(domain[i]))) {
      return false;
    }
  }
  return true;
}

// An RFC 5322 dot-atom local part (8-bit bytes allowed for SMTPUTF8 addresses).
bool isPlausibleLocalPart(std::string_view local) {
  static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~-.";
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') return false;
  if (local.find("..") != std::string_view::npos) return false;
  for (unsigned char c : local) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
              kSpecials.find(static_cast<char>(c)) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

// Finds a column by header name; nullopt when absent.
std::optional<std::size_t> columnOf(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (toLowerAscii(trim(header[i])) == name) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string Roster::normalise(std::string_view address) const {
  std::string lower = toLowerAscii(trim(address));
  return folding_ == SubaddressFolding::PlusTag ? foldSubaddress(lower) : lower;
}

void Roster::addRow(const std::vector<std::string>& fields, std::size_t line, std::size_t emailColumn,
                    std::size_t roleColumn, std::optional<std::size_t> nameColumn, RosterLoadReport& report) {
  auto warn = [&](std::string message) { report.warnings.push_back({line, std::move(message)}); };
  std::size_t needed = std::max(emailColumn, roleColumn) + 1;
  if (fields.size() < needed) {
    warn("row skipped: expected at least " + std::to_string(needed) + " fields (email,role,name), found " +
         std::to_string(fields.size()));
    return;
  }
  std::string email = toLowerAscii(trim(fields[emailColumn]));
  std::string roleText(trim(fields[roleColumn]));
  auto role = parseRosterRole(roleText);
  if (email.empty()) return warn("row skipped: the email field is empty");
  if (!role) return warn("row skipped: role '" + roleText + "' is not one of parent, carer, governor, agency");

  RosterEntry entry;
  entry.role = *role;
  entry.line = line;
  if (nameColumn && *nameColumn < fields.size()) entry.name = std::string(trim(fields[*nameColumn]));
  bool domainRow = email.front() == '@';
  auto at = email.rfind('@');
  std::string domain = email.substr(at + 1);
  bool valid = isPlausibleDomain(domain) &&
               (domainRow ? at == 0 : isPlausibleLocalPart(std::string_view(email).substr(0, at)));
  if (!valid) {
    return warn("row skipped: '" + std::string(trim(fields[emailColumn])) +
                "' is not an email address (or an @domain row)");
  }
  entry.key = domainRow ? "@" + domain : normalise(email);
  auto& table = domainRow ? domains_ : addresses_;
  auto [it, inserted] = table.emplace(domainRow ? domain : entry.key, entry);
  if (!inserted) {
    std::string roles = it->second.role == entry.role
                            ? ""
                            : " (kept role " + std::string(toString(it->second.role)) + ", ignored " +
                                  std::string(toString(entry.role)) + ")";
    warn("duplicate of line " + std::to_string(it->second.line) + ": '" + entry.key + "'" + roles);
  }
}

Roster Roster::parse(std::string_view text, SubaddressFolding folding, RosterLoadReport& report) {
  Roster roster;
  roster.folding_ = folding;
  CsvDocument csv = parseCsv(text);
  if (csv.unterminatedQuoteLine) {
    report.errors.push_back({*csv.unterminatedQuoteLine,
                             "a quoted field opened here is never closed, so the rest of the file cannot be read"});
    return roster;
  }
  if (csv.records.empty()) {
    report.warnings.push_back({0, "the roster is empty: no mail will be copied to the Headteacher"});
    return roster;
  }
  const CsvRecord& header = csv.records.front();
  auto email = columnOf(header.fields, "email");
  auto role = columnOf(header.fields, "role");
  if (!email || !role) {
    report.errors.push_back({header.line, "expected a header row naming the columns email,role,name"});
    return roster;
  }
  auto name = columnOf(header.fields, "name");
  for (std::size_t i = 1; i < csv.records.size(); ++i) {
    const CsvRecord& record = csv.records[i];
    // '#' lines let an admin annotate a hand-maintained roster; no address starts with '#' in practice.
    if (!record.fields.empty() && trim(record.fields[0]).starts_with('#')) continue;
    roster.addRow(record.fields, record.line, *email, *role, name, report);
  }
  if (roster.empty()) {
    report.warnings.push_back({0, "the roster has no usable rows: no mail will be copied to the Headteacher"});
  }
  return roster;
}

const RosterEntry* Roster::find(std::string_view address) const {
  std::string key = normalise(address);
  if (key.empty()) return nullptr;
  if (auto it = addresses_.find(key); it != addresses_.end()) return &it->second;
  std::string domain = domainOf(key);
  if (domain.empty()) return nullptr;
  if (auto it = domains_.find(domain); it != domains_.end()) return &it->second;
  return nullptr;
}

}  // namespace aup
