// GMime-backed construction of MessageView. All GMime objects live only inside parse().

#include "engine/message_view.h"

#include <fcntl.h>
#include <gmime/gmime.h>

#include <mutex>
#include <stdexcept>

#include "engine/text_util.h"

namespace aup {

void ensureMimeLibraryInitialised() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

std::string MimeLeaf::describe() const {
  std::string out = "part " + path;
  if (!filename.empty()) out += " (" + filename + ")";
  return out;
}

std::optional<std::string_view> MessageView::header(std::string_view name) const {
  for (const auto& h : headers_) {
    if (equalsIgnoreCase(h.name, name)) return std::string_view(h.value);
  }
  return std::nullopt;
}

std::size_t MessageView::headerCount(std::string_view name) const {
  std::size_t n = 0;
  for (const auto& h : headers_) n += equalsIgnoreCase(h.name, name) ? 1 : 0;
  return n;
}

namespace {

// Owns a GObject reference for the length of a scope.
template <typename T>
struct GRef {
  T* ptr = nullptr;
  explicit GRef(T* p) : ptr(p) {}
  ~GRef() {
    if (ptr) g_object_unref(ptr);
  }
  GRef(const GRef&) = delete;
  GRef& operator=(const GRef&) = delete;
};

std::string nullToEmpty(const char* s) { return s ? std::string(s) : std::string(); }

std::string unfold(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == '\r' || c == '\n') continue;
    out.push_back(c);
  }
  return std::string(trim(out));
}

void appendMailboxes(InternetAddressList* list, std::vector<Mailbox>& out) {
  if (!list) return;
  int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* addr = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_MAILBOX(addr)) {
      out.push_back({nullToEmpty(internet_address_get_name(addr)),
                     nullToEmpty(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(addr)))});
    } else if (INTERNET_ADDRESS_IS_GROUP(addr)) {
      InternetAddressList* members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(addr));
      if (!members || internet_address_list_length(members) == 0) {
        // A group with no members ("undisclosed-recipients:;") carries a name and no address.
        out.push_back({nullToEmpty(internet_address_get_name(addr)), ""});
      } else {
        appendMailboxes(members, out);
      }
    }
  }
}

void collectWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* item, gpointer userData) {
  auto* warnings = static_cast<std::vector<ParseWarning>*>(userData);
  if (warnings->size() >= 1000) return;  // hostile input can raise millions; the first thousand tell the story
  bool critical = code >= GMIME_CRIT_INVALID_HEADER_NAME && code != GMIME_WARN_PART_WITHOUT_CONTENT &&
                  code != GMIME_WARN_INVALID_ADDRESS_LIST;
  warnings->push_back({static_cast<int>(code), item ? std::string(item) : std::string(), critical});
}

// Scanners see "\n" line ends whatever the wire format was.
std::string normaliseLineEnds(std::string text) {
  std::size_t write = text.find('\r');
  if (write == std::string::npos) return text;
  // Compacts in place: the text only shrinks, so no second buffer and no per-byte push_back.
  for (std::size_t read = write; read < text.size(); ++read) {
    if (text[read] == '\r' && read + 1 < text.size() && text[read + 1] == '\n') continue;
    text[write++] = text[read];
  }
  text.resize(write);
  return text;
}

std::string lowerContentType(GMimeContentType* ct) {
  if (!ct) return "text/plain";
  return toLowerAscii(nullToEmpty(g_mime_content_type_get_media_type(ct)) + "/" +
                      nullToEmpty(g_mime_content_type_get_media_subtype(ct)));
}

std::map<std::string, std::string> contentTypeParams(GMimeContentType* ct) {
  std::map<std::string, std::string> params;
  if (!ct) return params;
  GMimeParamList* list = g_mime_content_type_get_parameters(ct);
  int n = list ? g_mime_param_list_length(list) : 0;
  for (int i = 0; i < n; ++i) {
    GMimeParam* p = g_mime_param_list_get_parameter_at(list, i);
    params[toLowerAscii(nullToEmpty(g_mime_param_get_name(p)))] = nullToEmpty(g_mime_param_get_value(p));
  }
  return params;
}

}  // namespace

// MessageBuilder - walks the GMime tree (including the root, which GMimePartIter skips) into a view.
class MessageBuilder {
 public:
  MessageBuilder(MessageView& view, const ParseLimits& limits) : view_(view), limits_(limits) {}

  void readMessage(GMimeMessage* message) {
    GMimeHeaderList* list = g_mime_object_get_header_list(GMIME_OBJECT(message));
    int n = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < n; ++i) {
      GMimeHeader* h = g_mime_header_list_get_header_at(list, i);
      view_.headers_.push_back({nullToEmpty(g_mime_header_get_name(h)), unfold(nullToEmpty(g_mime_header_get_raw_value(h)))});
    }
    view_.subject_ = nullToEmpty(g_mime_message_get_subject(message));
    appendMailboxes(g_mime_message_get_from(message), view_.from_);
    appendMailboxes(g_mime_message_get_sender(message), view_.sender_);
    appendMailboxes(g_mime_message_get_reply_to(message), view_.replyTo_);
    for (auto type : {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC, GMIME_ADDRESS_TYPE_BCC}) {
      appendMailboxes(g_mime_message_get_addresses(message, type), view_.headerRecipients_);
    }
    GMimeObject* root = g_mime_message_get_mime_part(message);
    if (root) visit(root, "", 0, 0);
  }

 private:
  static std::string childPath(const std::string& parent, int index) {
    return parent.empty() ? std::to_string(index) : parent + "." + std::to_string(index);
  }

  void markIncomplete(std::string reason) {
    if (!view_.incomplete_) view_.incompleteReason_ = std::move(reason);
    view_.incomplete_ = true;
  }

  void visit(GMimeObject* obj, const std::string& path, int embeddedDepth, int nesting) {
    if (nesting > 128) return markIncomplete("MIME nesting deeper than 128 levels");
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    MimeNode node{path, lowerContentType(ct), contentTypeParams(ct), embeddedDepth, false};
    if (GMIME_IS_MULTIPART(obj)) {
      view_.structure_.push_back(std::move(node));
      int count = g_mime_multipart_get_count(GMIME_MULTIPART(obj));
      for (int i = 0; i < count; ++i) {
        if (limitReached()) {
          return markIncomplete("more than " + std::to_string(limits_.maxLeafParts) + " MIME parts");
        }
        visit(g_mime_multipart_get_part(GMIME_MULTIPART(obj), i), childPath(path, i + 1), embeddedDepth, nesting + 1);
      }
    } else if (GMIME_IS_MESSAGE_PART(obj)) {
      view_.structure_.push_back(std::move(node));
      GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
      GMimeObject* innerRoot = inner ? g_mime_message_get_mime_part(inner) : nullptr;
      if (!innerRoot) return;
      // An embedded single part becomes "<path>.1", an embedded multipart's children "<path>.N".
      if (GMIME_IS_MULTIPART(innerRoot) || GMIME_IS_MESSAGE_PART(innerRoot)) {
        visit(innerRoot, path, embeddedDepth + 1, nesting + 1);
      } else {
        visit(innerRoot, childPath(path, 1), embeddedDepth + 1, nesting + 1);
      }
    } else if (GMIME_IS_PART(obj)) {
      if (path.empty()) node.path = "1";  // a single-part message's body is "part 1"
      node.isLeaf = true;
      view_.structure_.push_back(node);
      addLeaf(GMIME_PART(obj), node);
    }
  }

  bool limitReached() const { return view_.leaves_.size() >= limits_.maxLeafParts; }

  void addLeaf(GMimePart* part, const MimeNode& node) {
    if (limitReached()) {
      return markIncomplete("more than " + std::to_string(limits_.maxLeafParts) + " MIME parts");
    }
    MimeLeaf leaf;
    leaf.path = node.path;
    leaf.contentType = node.contentType;
    leaf.embeddedDepth = node.embeddedDepth;
    leaf.filename = nullToEmpty(g_mime_part_get_filename(part));
    auto charset = node.contentTypeParams.find("charset");
    if (charset != node.contentTypeParams.end()) leaf.charset = toLowerAscii(charset->second);
    leaf.isAttachment = g_mime_part_is_attachment(part) || !leaf.filename.empty();
    leaf.decoded = decodedContent(part);
    decodedBytes_ += leaf.decoded.size();
    if (decodedBytes_ > limits_.maxDecodedBytes) {
      return markIncomplete("decoded content larger than " + std::to_string(limits_.maxDecodedBytes) + " bytes");
    }
    if (leaf.contentType.starts_with("text/")) leaf.text = normaliseLineEnds(toUtf8(leaf.decoded, leaf.charset));
    view_.leaves_.push_back(std::move(leaf));
  }

  static std::string decodedContent(GMimePart* part) {
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    if (!wrapper) return {};
    GRef<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, mem.ptr);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.ptr));
    return bytes ? std::string(reinterpret_cast<const char*>(bytes->data), bytes->len) : std::string();
  }

  MessageView& view_;
  const ParseLimits& limits_;
  std::size_t decodedBytes_ = 0;
};

std::shared_ptr<const MessageView> MessageView::parse(std::shared_ptr<const RawMessage> raw, Envelope envelope,
                                                      const ParseLimits& limits) {
  ensureMimeLibraryInitialised();
  auto view = std::make_shared<MessageView>();
  view->envelope_ = std::move(envelope);
  view->raw_ = raw;

  GMimeStream* stream = nullptr;
  if (raw->isSpooled()) {
    GError* err = nullptr;
    stream = g_mime_stream_fs_open(raw->spoolPath().c_str(), O_RDONLY, 0, &err);
    if (!stream) {
      std::string why = err ? err->message : "unknown error";
      if (err) g_error_free(err);
      throw std::runtime_error("cannot open spooled message " + raw->spoolPath().string() + ": " + why);
    }
  } else {
    auto bytes = raw->memory();
    stream = g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size());
  }
  GRef<GMimeStream> streamRef(stream);
  GMimeParserOptions* options = g_mime_parser_options_new();
  g_mime_parser_options_set_warning_callback(options, collectWarning, &view->warnings_);
  GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
  g_mime_parser_set_format(parser.ptr, GMIME_FORMAT_MESSAGE);
  GRef<GMimeMessage> message(g_mime_parser_construct_message(parser.ptr, options));
  g_mime_parser_options_free(options);

  if (!message.ptr) {
    view->incomplete_ = true;
    view->incompleteReason_ = "not a parsable RFC 5322 message";
    return view;
  }
  MessageBuilder(*view, limits).readMessage(message.ptr);
  for (const auto& w : view->warnings_) {
    if (w.code == GMIME_CRIT_NESTING_OVERFLOW || w.code == GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT) {
      if (!view->incomplete_) view->incompleteReason_ = "MIME structure the parser refused (possible parser attack)";
      view->incomplete_ = true;
    }
  }
  return view;
}

}  // namespace aup
