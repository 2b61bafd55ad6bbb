#pragma once
// MessageText - all the readable text of one message, normalised and laid end to end so the
// content rules run over it in ONE Hyperscan scan: the subject, every text part (HTML converted
// to text), and text extracted from attachments. Each segment remembers where it came from so a
// finding can say "part 2 (pupils.csv) line 4".
//
// Normalisation folds smart quotes and apostrophes to ASCII, NBSP and other spaces to ' ', dashes
// to '-', drops zero-width characters and soft hyphens, removes CR and collapses runs of spaces
// and tabs; then the paragraph view (normalised_text.h) joins wrapped lines and folds '>'
// quoting. lineStarts maps every original line back, so evidence still names the part's line.

#include <string>
#include <string_view>
#include <vector>

#include "engine/message_view.h"
#include "scanners/content/extract/attachment_text.h"

namespace aup {

enum class SegmentKind {
  Subject,     // the decoded Subject header
  Body,        // a text/plain or text/html part that is not an attachment
  Attachment,  // text extracted from an attached file
};

struct TextSegment {
  SegmentKind kind = SegmentKind::Body;
  std::size_t begin = 0, end = 0;  // offsets into MessageText::text
  std::string where;               // "Subject", "part 1", "part 2 (pupils.csv)"
  bool tabular = false;            // csv/xlsx/ods: the first line labels the columns
  std::size_t deepQuotedLines = 0; // lines quoted ">>>" or deeper before quoting was folded
  // Body: path of the multipart/alternative this part is one version of ("" when none). The
  // versions say the same thing once: a policy that counts repetitions counts one version.
  std::string alternativeOf;
  // Stretches [start, end) of MessageText::text set apart as quotations ('>' quoting, indented
  // blocks in plain text and documents): the quoted example of a lesson or a warning.
  std::vector<std::pair<std::size_t, std::size_t>> quoted;

  // True when `offset` lies in one of the quoted stretches.
  bool inQuotation(std::size_t offset) const;
};

struct AttachmentState {
  std::string where;    // "part 2 (report.docx)"
  ExtractStatus status = ExtractStatus::NotText;
  std::string detail;   // reason for Encrypted / Unreadable, or why Text was truncated
  bool truncated = false;  // Text, but cut short (ExtractedText::truncated)
};

// Which encryption, if any, covers the whole message.
enum class MessageEncryption {
  None,       // plaintext (a signed-only message is also None)
  Smime,      // root is application/pkcs7-mime holding CMS enveloped (or authEnveloped) data
  PgpMime,    // root is multipart/encrypted whose second part is a PGP message
};

struct MessageText {
  std::string text;
  std::vector<TextSegment> segments;
  std::vector<AttachmentState> attachments;  // every attachment examined (not inline text parts)
  MessageEncryption encryption = MessageEncryption::None;
  bool inlinePgp = false;  // a text part carried complete PGP armour blocks (removed from the text)
  std::vector<std::size_t> newlines;  // offsets of every '\n' in text, for cheap line numbers
  std::vector<std::size_t> lineStarts;  // offset in text of every ORIGINAL line of every segment

  // The segment holding `offset` (nullptr between segments).
  const TextSegment* segmentAt(std::size_t offset) const;
  // "part 2 (pupils.csv) line 4" for an offset.
  std::string locate(std::size_t offset) const;
};

struct MessageTextOptions {
  bool extractAttachments = true;
  ExtractLimits limits;
};

// Builds the text of `message`. Never throws for content. Encryption is judged by the bytes, not
// the labels (extract/ciphertext.h). Attachments met after `deadline` are recorded as Unreadable.
MessageText buildMessageText(const MessageView& message, const MessageTextOptions& options,
                             Deadline deadline = Deadline::never());

// The normalisation described above, on valid or invalid UTF-8 (invalid input is repaired first).
std::string normaliseText(std::string_view text);

}  // namespace aup
