#pragma once
// Members of a plain zip attachment read like top-level attachments: pupils.csv inside
// export.zip is text for the content policies, within the same ExtractLimits (entries, member
// size, expansion ratio, output size, wall time). Office documents (.docx is a zip too) are not
// plain zips: zipDocumentText reads those; this is only for archives of files.
//
// Contract: never throws; a member that cannot be read is reported Unreadable, a password-
// protected member Encrypted; zips inside the zip are opened up to `depth` levels.

#include <string>
#include <vector>

#include "engine/deadline.h"
#include "scanners/content/extract/attachment_text.h"

namespace aup {

struct ZipMemberText {
  std::string name;  // path inside the archive
  ExtractedText text;
};

// The extracted text of each member of the zip in `data` (empty when it is not a readable zip).
std::vector<ZipMemberText> extractZipMembers(std::string_view data, const ExtractLimits& limits,
                                              Deadline deadline = Deadline::never(), int depth = 2);

}  // namespace aup
