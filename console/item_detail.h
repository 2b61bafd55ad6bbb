#pragma once
// The JSON the console shows for held messages: a list row, and the detail of one message
// (envelope, headers, findings with their already-masked evidence, attachments with type, size and
// SHA-256 from GMime, a safe text preview). Pure: record and bytes in, JSON out.
//
// Safe preview: the text part as text; HTML reduced to text with its links listed as plain
// strings (never live); attachments are described, never decoded for display. An admin may
// download one (attachmentAt), as bytes the console never interprets.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "console/roles.h"
#include "quarantine/quarantine_storage.h"

namespace aup::console {

inline constexpr std::size_t kPreviewChars = 20000;

// The metadata of one message (what every role may see).
nlohmann::json summaryJson(const QuarantineRecord& record);

// The detail: summaryJson plus headers, attachments and, when `bytes` is given, the preview.
// `bytes` is nullopt when the role may not read the body (bodyHidden: true) or the file is gone.
nlohmann::json detailJson(const QuarantineRecord& record, const std::optional<std::string>& bytes, bool bodyAllowed);

// One attachment of a held message, decoded, as the detail's "attachments" list has it.
struct AttachmentFile {
  std::string filename;     // as the detail shows it (decoded, invalid UTF-8 replaced); "" when none
  std::string contentType;  // lower-case "type/subtype", as declared (never trusted)
  std::string bytes;        // transfer-decoded
};

// The attachment at `index` (0 = first) of the detail's list for the message `message`, or
// nullopt when it has fewer. The same enumeration as detailJson, so an index means one file.
std::optional<AttachmentFile> attachmentAt(const std::string& message, std::size_t index);

nlohmann::json eventJson(const QuarantineEvent& event);
nlohmann::json noteJson(const QuarantineNote& note);
nlohmann::json requestJson(const ReleaseRequest& request);

// Every http(s) link in an HTML document, in order, as plain strings (for the preview).
std::vector<std::string> htmlLinks(const std::string& html);

}  // namespace aup::console
