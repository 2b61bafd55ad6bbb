#pragma once
// Ciphertext checks: whether bytes that claim to be encrypted really are. A label (a content
// type, a .gpg/.p7m name, a "BEGIN PGP MESSAGE" line) costs an attacker nothing, and what is
// judged "encrypted" is never read by the content rules; so the bytes decide, not the label.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

// True for a CMS ContentInfo (DER or BER, 0x30 ...) whose contentType is envelopedData
// (1.2.840.113549.1.7.3) or authEnvelopedData (1.2.840.113549.1.9.16.1.23): S/MIME ciphertext.
// signedData and anything else are not.
bool isCmsEnvelopedData(std::string_view der);

// A complete ASCII-armoured PGP message inside a text: [begin, end) covers the BEGIN line to
// the END line. Complete means BEGIN at a line start, optional "Key: value" armour headers, a
// blank line, one or more lines of base64 (the "=XXXX" checksum included), and the END line.
struct PgpArmourBlock {
  std::size_t begin = 0, end = 0;
};
std::optional<PgpArmourBlock> findPgpArmourBlock(std::string_view text, std::size_t from = 0);

// `text` with every complete armour block cut out; `found` is set when one was. A BEGIN line
// without a valid block after it stays: the text after it is read like any other text.
std::string withoutPgpArmour(std::string_view text, bool& found);

// True when the bytes are PGP ciphertext: armour blocks with nothing but white space around
// them, or binary data (not text) starting with an OpenPGP packet that begins an encrypted
// message (public-key or symmetric session key, or encrypted data).
bool isPgpCiphertext(std::string_view data);

// True when the bytes read as text: no NUL and almost no other control bytes in the first 64 KiB.
bool looksLikeText(std::string_view data);

}  // namespace aup
