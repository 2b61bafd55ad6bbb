#include "scanners/content/message_text.h"

#include <algorithm>
#include <cctype>

#include "engine/text_util.h"
#include "scanners/content/deobfuscate.h"
#include "scanners/content/extract/ciphertext.h"
#include "scanners/content/extract/html_text.h"
#include "scanners/content/extract/zip_members.h"
#include "scanners/content/normalised_text.h"

namespace aup {
namespace {

// An HTML attachment: its text comes from htmlToText, whose leading spaces are layout, not indentation.
bool htmlLeaf(const MimeLeaf& leaf) {
  auto ends = [&](std::string_view ext) { return leaf.filename.size() >= ext.size() &&
      std::equal(ext.rbegin(), ext.rend(), leaf.filename.rbegin(), [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }); };
  return leaf.contentType == "text/html" || ends(".html") || ends(".htm");
}


// Decodes one UTF-8 sequence at `i` (input known valid); advances `i`.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

// The ASCII a code point folds to ("" = drop it), or nullptr to keep it unchanged.
const char* fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return "\"";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000: return " ";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return "-";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD: return "";
    default: return nullptr;
  }
}

// The decoded bytes of the leaf at `path` ("" when there is none).
std::string_view leafBytes(const MessageView& message, const std::string& path) {
  for (const auto& leaf : message.leaves())
    if (leaf.path == path) return leaf.decoded;
  return {};
}

// A node that claims to be encrypted: multipart/encrypted, or S/MIME enveloped (or legacy
// pkcs7-mime without smime-type). Signed-only data claims nothing.
bool claimsEncryption(const MimeNode& node) {
  if (node.contentType == "multipart/encrypted") return true;
  if (node.contentType != "application/pkcs7-mime" && node.contentType != "application/x-pkcs7-mime") return false;
  auto it = node.contentTypeParams.find("smime-type");
  if (it == node.contentTypeParams.end()) return true;  // legacy clients omit it; checked by content below
  std::string type = toLowerAscii(it->second);
  return type == "enveloped-data" || type == "authenveloped-data";
}

// True when a claiming node really holds ciphertext: S/MIME parts are CMS envelopedData, and
// the second part of a PGP/MIME multipart/encrypted (RFC 3156) is a PGP message.
bool holdsCiphertext(const MimeNode& node, const MessageView& message) {
  if (node.contentType == "multipart/encrypted")
    return isPgpCiphertext(leafBytes(message, node.path.empty() ? "2" : node.path + ".2"));
  return isCmsEnvelopedData(leafBytes(message, node.path));
}

// True when the text/plain part at `path` is format=flowed with DelSp=yes (RFC 3676).
bool flowedDelSp(const MessageView& message, const std::string& path) {
  for (const auto& node : message.structure()) {
    if (node.path != path || !node.isLeaf) continue;
    auto format = node.contentTypeParams.find("format"), delsp = node.contentTypeParams.find("delsp");
    return format != node.contentTypeParams.end() && toLowerAscii(format->second) == "flowed" &&
           delsp != node.contentTypeParams.end() && toLowerAscii(delsp->second) == "yes";
  }
  return false;
}

// Path of the multipart/alternative directly holding the leaf at `path` ("" when none).
std::string alternativeParent(const MessageView& message, const std::string& path) {
  auto dot = path.rfind('.');
  std::string parent = dot == std::string::npos ? "" : path.substr(0, dot);
  // An attached message's multipart shares the path of its message/rfc822 node: look at every node.
  for (const auto& node : message.structure())
    if (node.path == parent && node.contentType == "multipart/alternative") return parent.empty() ? "root" : parent;
  return "";
}

bool under(const std::string& path, const std::string& container) {
  if (container.empty()) return true;
  return path == container || (path.size() > container.size() && path.compare(0, container.size(), container) == 0 &&
                               path[container.size()] == '.');
}

}  // namespace

std::string normaliseText(std::string_view input) {
  std::string repaired;
  if (!isValidUtf8(input)) {
    repaired = toUtf8(input, "utf-8");
    input = repaired;
  }
  // Styled, look-alike, spaced and leet letters read as plain words (deobfuscate.h); never longer.
  std::string plain = undoObfuscation(input);
  input = plain;
  // Never longer than the input: every fold is one ASCII byte (or none) for a code point of one
  // to four bytes, and spaces only collapse. So write through a pointer, not push_back.
  std::string out(input.size(), '\0');
  char* write = out.data();
  bool lastSpace = false;
  auto space = [&] {
    if (!lastSpace) *write++ = ' ';
    lastSpace = true;
  };
  for (std::size_t i = 0; i < input.size();) {
    // ASCII fast path: most text is ASCII, and no ASCII character folds to anything else.
    if (auto c = static_cast<unsigned char>(input[i]); c < 0x80) {
      ++i;
      if (c == '\r') continue;
      if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
        space();
        continue;
      }
      lastSpace = false;
      *write++ = static_cast<char>(c);
      continue;
    }
    std::size_t start = i;
    char32_t cp = nextCodePoint(input, i);
    const char* folded = fold(cp);
    if (folded && folded[0] == ' ') {
      space();
      continue;
    }
    lastSpace = false;
    if (folded) {
      for (const char* f = folded; *f; ++f) *write++ = *f;
    } else {
      for (std::size_t k = start; k < i && k < input.size(); ++k) *write++ = input[k];
    }
  }
  out.resize(static_cast<std::size_t>(write - out.data()));
  return out;
}

const TextSegment* MessageText::segmentAt(std::size_t offset) const {
  auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                             [](std::size_t o, const TextSegment& s) { return o < s.begin; });
  if (it == segments.begin()) return nullptr;
  --it;
  return offset <= it->end ? &*it : nullptr;
}

std::string MessageText::locate(std::size_t offset) const {
  const TextSegment* seg = segmentAt(offset);
  if (!seg) return "message text";
  if (seg->kind == SegmentKind::Subject) return seg->where;
  auto first = std::lower_bound(lineStarts.begin(), lineStarts.end(), seg->begin);
  auto upto = std::upper_bound(first, lineStarts.end(), std::min(offset, seg->end));
  auto line = std::max<std::ptrdiff_t>(1, upto - first);
  return seg->where + " line " + std::to_string(line);
}

bool TextSegment::inQuotation(std::size_t offset) const {
  auto it = std::upper_bound(quoted.begin(), quoted.end(), offset,
                             [](std::size_t o, const std::pair<std::size_t, std::size_t>& r) { return o < r.first; });
  return it != quoted.begin() && offset < std::prev(it)->second;
}

MessageText buildMessageText(const MessageView& message, const MessageTextOptions& options, Deadline deadline) {
  MessageText out;
  auto append = [&](SegmentKind kind, std::string where, std::string_view raw, bool tabular,
                    const std::vector<bool>* glued = nullptr, std::string alternativeOf = {}, bool indentQuotes = false) {
    UnwrappedText view = unwrapParagraphs(normaliseText(raw), tabular, glued, indentQuotes);
    if (view.text.empty()) return;
    TextSegment seg{kind, out.text.size(), 0, std::move(where), tabular, view.deepQuotedLines, std::move(alternativeOf), {}};
    for (std::size_t start : view.lineStarts) out.lineStarts.push_back(seg.begin + start);
    for (auto [from, to] : view.quoted) seg.quoted.push_back({seg.begin + from, seg.begin + to});
    out.text += view.text;
    seg.end = out.text.size();
    out.text += "\n\n";  // segments never run into each other (\b and proximity stop here)
    out.segments.push_back(std::move(seg));
  };
  // Encrypted containers anywhere in the tree (the root is in structure(), unlike GMime's
  // iterator). Only real ciphertext counts; a container whose label lies is read like any other.
  std::vector<std::string> encrypted, claimed;
  const auto& nodes = message.structure();
  bool hasRootMultipart = std::any_of(nodes.begin(), nodes.end(), [](const MimeNode& n) { return n.path.empty(); });
  for (const auto& node : nodes) {
    if (!claimsEncryption(node)) continue;
    if (!holdsCiphertext(node, message)) {
      claimed.push_back(node.path);
      continue;
    }
    encrypted.push_back(node.path);
    bool isRoot = node.path.empty() || (!hasRootMultipart && node.path == "1" && node.embeddedDepth == 0);
    if (isRoot)
      out.encryption = node.contentType == "multipart/encrypted" ? MessageEncryption::PgpMime : MessageEncryption::Smime;
  }
  auto inAny = [](const std::vector<std::string>& containers, const std::string& path) {
    return std::any_of(containers.begin(), containers.end(), [&](const std::string& c) { return under(path, c); });
  };
  append(SegmentKind::Subject, "Subject", message.subject(), false);
  for (const auto& leaf : message.leaves()) {
    if (inAny(encrypted, leaf.path)) continue;  // ciphertext: nothing readable, and protected by definition
    bool bodyText = !leaf.isAttachment && leaf.text && (leaf.contentType == "text/plain" || leaf.contentType == "text/html");
    if (bodyText) {
      bool pgp = false;
      std::string text = withoutPgpArmour(*leaf.text, pgp);
      out.inlinePgp = out.inlinePgp || pgp;
      std::string alternative = alternativeParent(message, leaf.path);
      if (leaf.contentType == "text/plain" && flowedDelSp(message, leaf.path)) {
        std::vector<bool> glued;  // DelSp soft breaks may split a word: undone before normalising
        append(SegmentKind::Body, leaf.describe(), undoDelSp(text, glued), false, &glued, std::move(alternative), true);
      } else {
        bool html = leaf.contentType == "text/html";
        append(SegmentKind::Body, leaf.describe(), html ? htmlToText(text) : text, false, nullptr, std::move(alternative),
               !html);
      }
      continue;
    }
    if (!options.extractAttachments) continue;
    if (deadline.expired()) {  // the rest is not read: the engine reports the message as not fully checked
      out.attachments.push_back({leaf.describe(), ExtractStatus::Unreadable, "not read: the message's time budget ran out", false});
      continue;
    }
    ExtractedText extracted = inAny(claimed, leaf.path) ? extractClaimedCiphertext(leaf, options.limits, deadline)
                                                       : extractAttachmentText(leaf, options.limits, deadline);
    if (extracted.status == ExtractStatus::NotText && leaf.decoded.starts_with("PK\x03\x04")) {
      // A plain zip: its members are read like attachments (zip_members.h), within the same limits.
      for (auto& member : extractZipMembers(leaf.decoded, options.limits, deadline)) {
        std::string where = leaf.describe() + " member " + member.name;
        out.attachments.push_back({where, member.text.status, member.text.detail, member.text.truncated});
        if (member.text.status == ExtractStatus::Text) append(SegmentKind::Attachment, where, member.text.text, member.text.tabular);
      }
      continue;
    }
    out.attachments.push_back({leaf.describe(), extracted.status, extracted.detail, extracted.truncated});
    if (extracted.status == ExtractStatus::Text)
      append(SegmentKind::Attachment, leaf.describe(), extracted.text, extracted.tabular, nullptr, {}, !htmlLeaf(leaf));
  }
  for (std::size_t i = out.text.find('\n'); i != std::string::npos; i = out.text.find('\n', i + 1)) out.newlines.push_back(i);
  return out;
}

}  // namespace aup
