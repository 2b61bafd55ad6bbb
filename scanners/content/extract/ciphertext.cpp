#include "scanners/content/extract/ciphertext.h"

#include <algorithm>

namespace aup {
namespace {

constexpr std::string_view kBegin = "-----BEGIN PGP MESSAGE-----";
constexpr std::string_view kEnd = "-----END PGP MESSAGE-----";

// 06 09 2A 86 48 86 F7 0D 01 07 03 = OID 1.2.840.113549.1.7.3 (envelopedData).
constexpr std::string_view kEnvelopedDataOid("\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x03", 11);
// 06 0B 2A 86 48 86 F7 0D 01 09 10 01 17 = OID 1.2.840.113549.1.9.16.1.23 (authEnvelopedData).
constexpr std::string_view kAuthEnvelopedDataOid("\x06\x0B\x2A\x86\x48\x86\xF7\x0D\x01\x09\x10\x01\x17", 13);

// The line starting at `pos` without its line end (CR LF or LF) and trailing blanks; `next` is
// the offset after the line end.
std::string_view lineAt(std::string_view text, std::size_t pos, std::size_t& next) {
  auto eol = text.find('\n', pos);
  next = eol == std::string_view::npos ? text.size() : eol + 1;
  std::string_view line = text.substr(pos, (eol == std::string_view::npos ? text.size() : eol) - pos);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

bool isBase64Line(std::string_view line) {
  return !line.empty() && std::all_of(line.begin(), line.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
  });
}

bool isBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// The block starting with the BEGIN line at `begin`, if it is complete and valid.
std::optional<PgpArmourBlock> blockAt(std::string_view text, std::size_t begin) {
  std::size_t next = 0;
  if (lineAt(text, begin, next) != kBegin) return std::nullopt;
  bool inBody = false, sawData = false;
  for (std::size_t pos = next; pos < text.size(); pos = next) {
    std::string_view line = lineAt(text, pos, next);
    if (line == kEnd) return sawData ? std::optional<PgpArmourBlock>({begin, next}) : std::nullopt;
    if (!inBody) {
      if (line.empty()) inBody = true;
      else if (line.find(": ") == std::string_view::npos) return std::nullopt;  // not an armour header
      continue;
    }
    if (line.empty()) continue;
    if (!isBase64Line(line)) return std::nullopt;
    sawData = true;
  }
  return std::nullopt;  // no END line
}

}  // namespace

bool isCmsEnvelopedData(std::string_view der) {
  if (der.size() < 2 || static_cast<unsigned char>(der[0]) != 0x30) return false;
  auto length = static_cast<unsigned char>(der[1]);
  std::size_t pos = 2;  // short form, or 0x80: BER indefinite length (S/MIME writers stream)
  if (length > 0x80) {  // long form: that many length octets follow
    if ((length & 0x7F) > 4) return false;
    pos += length & 0x7F;
  }
  std::string_view rest = der.substr(std::min(pos, der.size()));
  return rest.starts_with(kEnvelopedDataOid) || rest.starts_with(kAuthEnvelopedDataOid);
}

std::optional<PgpArmourBlock> findPgpArmourBlock(std::string_view text, std::size_t from) {
  for (auto pos = text.find(kBegin, from); pos != std::string_view::npos; pos = text.find(kBegin, pos + 1)) {
    if (pos != 0 && text[pos - 1] != '\n') continue;
    if (auto block = blockAt(text, pos)) return block;
  }
  return std::nullopt;
}

std::string withoutPgpArmour(std::string_view text, bool& found) {
  std::string out;
  std::size_t copied = 0;
  for (auto block = findPgpArmourBlock(text); block; block = findPgpArmourBlock(text, copied)) {
    found = true;
    out.append(text.substr(copied, block->begin - copied));
    copied = block->end;
  }
  out.append(text.substr(copied));
  return out;
}

bool isPgpCiphertext(std::string_view data) {
  bool armoured = false;
  if (isBlank(withoutPgpArmour(data, armoured)) && armoured) return true;
  if (data.empty() || looksLikeText(data)) return false;
  // The first packet's tag: new format 0xC0 | tag, old format 0x80 | tag << 2 | length type.
  auto first = static_cast<unsigned char>(data[0]);
  if (!(first & 0x80)) return false;
  int tag = (first & 0x40) ? (first & 0x3F) : ((first >> 2) & 0x0F);
  // 1 public-key session key, 3 symmetric session key, 9 symmetric data, 18 integrity-protected data, 20 AEAD data.
  return tag == 1 || tag == 3 || tag == 9 || tag == 18 || tag == 20;
}

bool looksLikeText(std::string_view data) {
  std::string_view head = data.substr(0, 64 * 1024);
  std::size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++control;
  }
  return control * 100 <= head.size();
}

}  // namespace aup
