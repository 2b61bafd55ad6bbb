#pragma once
// MessageView - one immutable, fully decoded view of a message, built once per message with GMime.
//
// Contract: every scanner reads the same view; nothing in it refers back to GMime objects, so it
// can be shared freely between threads once built. Text is always valid UTF-8 (charset converted,
// invalid sequences replaced), decoded bytes are the transfer-decoded content of each part.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/envelope.h"
#include "engine/raw_message.h"

namespace aup {

struct HeaderField {
  std::string name;   // as written (case preserved)
  std::string value;  // raw value, unfolded, not RFC 2047 decoded
};

struct Mailbox {
  std::string displayName;  // RFC 2047 decoded, UTF-8
  std::string address;      // addr-spec, "" when the header held no address
};

// One node of the MIME tree: a multipart, a leaf part or an embedded message/rfc822.
struct MimeNode {
  std::string path;         // "0" for a single-part root, "1", "1.2", "2.1" ... ("" for the root multipart)
  std::string contentType;  // lower-case "type/subtype"
  std::map<std::string, std::string> contentTypeParams;  // lower-case names (protocol, smime-type, charset ...)
  int embeddedDepth = 0;    // how many message/rfc822 levels enclose this node
  bool isLeaf = false;
};

// A leaf part with its content decoded.
struct MimeLeaf {
  std::string path;
  std::string contentType;  // lower-case "type/subtype"
  std::string filename;     // decoded (RFC 2231/2047), "" when none
  std::string charset;      // declared charset, lower-case, "" when none
  bool isAttachment = false;  // Content-Disposition: attachment, or has a filename
  int embeddedDepth = 0;
  std::string decoded;      // transfer-decoded bytes
  std::optional<std::string> text;  // UTF-8 text for text/* parts (charset converted)

  // "part 1.2 (report.docx)" - where a finding was made, for explanations.
  std::string describe() const;
};

struct ParseWarning {
  int code = 0;          // GMimeParserWarning value
  std::string item;      // e.g. header name
  bool critical = false; // a CRIT_* warning: parts of the input may have been skipped
};

struct ParseLimits {
  std::size_t maxLeafParts = 2000;            // parts beyond this are not decoded; the view is marked incomplete
  std::size_t maxDecodedBytes = 64u << 20;    // total decoded bytes kept in memory
};

class MessageView {
 public:
  const Envelope& envelope() const { return envelope_; }
  const std::vector<HeaderField>& headers() const { return headers_; }
  const std::vector<MimeNode>& structure() const { return structure_; }
  const std::vector<MimeLeaf>& leaves() const { return leaves_; }
  const std::vector<ParseWarning>& warnings() const { return warnings_; }
  const RawMessage& raw() const { return *raw_; }

  // RFC 2047-decoded Subject ("" when absent).
  const std::string& subject() const { return subject_; }
  // Mailboxes of every From: header, in order (GMime merges duplicates; see fromHeaderCount()).
  const std::vector<Mailbox>& from() const { return from_; }
  const std::vector<Mailbox>& sender() const { return sender_; }
  const std::vector<Mailbox>& replyTo() const { return replyTo_; }
  // Every address in To, Cc and Bcc headers.
  const std::vector<Mailbox>& headerRecipients() const { return headerRecipients_; }

  // First value of a header (case-insensitive name), if present.
  std::optional<std::string_view> header(std::string_view name) const;
  std::size_t headerCount(std::string_view name) const;
  // True when the MIME tree could not be fully examined (limits hit, critical parse warnings).
  bool incomplete() const { return incomplete_; }
  const std::string& incompleteReason() const { return incompleteReason_; }

  // parseMessage - decode raw bytes into a view. Never throws for malformed mail: what cannot be
  // parsed is recorded in warnings()/incomplete(). Throws std::runtime_error only when the bytes
  // cannot be read at all (spool file vanished).
  static std::shared_ptr<const MessageView> parse(std::shared_ptr<const RawMessage> raw, Envelope envelope,
                                                  const ParseLimits& limits = {});

 private:
  friend class MessageBuilder;
  Envelope envelope_;
  std::vector<HeaderField> headers_;
  std::vector<MimeNode> structure_;
  std::vector<MimeLeaf> leaves_;
  std::vector<ParseWarning> warnings_;
  std::shared_ptr<const RawMessage> raw_;
  std::string subject_;
  std::vector<Mailbox> from_, sender_, replyTo_, headerRecipients_;
  bool incomplete_ = false;
  std::string incompleteReason_;
};

// Initialises GMime once per process (safe to call repeatedly and from several threads).
void ensureMimeLibraryInitialised();

}  // namespace aup
