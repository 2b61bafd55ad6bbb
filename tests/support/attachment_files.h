#pragma once
// Test helpers: attachment payloads built at test time (EICAR is never stored in the tree, so
// scanners on developer machines do not quarantine our sources) and MIME wrappers for them.

#include <zip.h>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace aup::test {

// The 68-byte EICAR anti-virus test file, assembled from halves.
inline std::string eicar() {
  return std::string("X5O!P%@AP[4\\PZX54(P^)7CC)7}$") + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
}

struct ZipEntry {
  std::string name;
  std::string content;
};

enum class ZipEncryption { None, Password };

// Builds a zip in memory with libzip (through a temp file: libzip writes archives to sources).
inline std::string makeZip(const std::vector<ZipEntry>& entries, ZipEncryption encryption = ZipEncryption::None) {
  auto path = std::filesystem::temp_directory_path() /
              ("aup-test-zip-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&entries)) + ".zip");
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("zip_open failed");
  for (const auto& e : entries) {
    zip_source_t* src = zip_source_buffer(z, e.content.data(), e.content.size(), 0);
    zip_int64_t idx = zip_file_add(z, e.name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (idx < 0) throw std::runtime_error("zip_file_add failed");
    if (encryption == ZipEncryption::Password) zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, "secret");
  }
  if (zip_close(z) != 0) throw std::runtime_error("zip_close failed");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

// A small valid PDF with one line of text.
inline std::string cleanPdf() {
  return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}

// A 1x1 PNG.
inline std::string cleanPng() {
  static const unsigned char png[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
      0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF,
      0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(png), sizeof png);
}

// A minimal Word document; with `macros` it also carries word/vbaProject.bin (a .docm in disguise).
inline std::string docx(bool macros = false) {
  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"},
      {"word/document.xml", "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:r><w:t>Homework</w:t></w:r></w:p>"
                            "</w:body></w:document>"}};
  if (macros) entries.push_back({"word/vbaProject.bin", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "vba"});
  return makeZip(entries);
}

// A minimal PE32 header (MZ stub pointing at "PE\0\0" and a COFF header): libmagic calls it a program.
inline std::string peExecutable() {
  std::string b(512, '\0');
  b[0] = 'M';
  b[1] = 'Z';
  b[0x3c] = 0x40;  // e_lfanew
  b.replace(0x40, 4, std::string("PE\0\0", 4));
  b[0x44] = static_cast<char>(0x4c);  // machine i386
  b[0x45] = 0x01;
  b[0x46] = 0x01;  // one section
  b[0x54] = static_cast<char>(0xe0);  // optional header size
  b[0x56] = 0x02;  // characteristics: executable
  b[0x58] = 0x0b;  // PE32 magic
  b[0x59] = 0x01;
  return b;
}

// Base64 with 76-column lines.
inline std::string base64(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  int col = 0;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    if (i + 2 < in.size()) v |= static_cast<unsigned char>(in[i + 2]);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
    out += i + 2 < in.size() ? t[v & 63] : '=';
    if ((col += 4) >= 76) {
      out += "\n";
      col = 0;
    }
  }
  return out + "\n";
}

// Quoted-printable: every byte outside printable ASCII, and '=', encoded; soft breaks at 70.
inline std::string quotedPrintable(const std::string& in) {
  std::string out;
  int col = 0;
  for (unsigned char c : in) {
    char buf[4];
    if (c >= 33 && c <= 126 && c != '=') {
      buf[0] = static_cast<char>(c);
      buf[1] = 0;
    } else {
      std::snprintf(buf, sizeof buf, "=%02X", c);
    }
    std::string piece(buf);
    if (col + piece.size() > 70) {
      out += "=\n";
      col = 0;
    }
    out += piece;
    col += static_cast<int>(piece.size());
  }
  return out + "\n";
}

// A message with a text body and one attachment (transfer encoding "base64", "quoted-printable" or "7bit").
inline std::string messageWithAttachment(const std::string& filename, const std::string& content,
                                         const std::string& encoding = "base64",
                                         const std::string& type = "application/octet-stream") {
  std::string body = encoding == "base64" ? base64(content) : encoding == "quoted-printable" ? quotedPrintable(content)
                                                                                             : content + "\n";
  return "From: a@example.net\nTo: b@school.example\nSubject: files\nMIME-Version: 1.0\n"
         "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nSee attached.\n--b1\n"
         "Content-Type: " + type + "; name=\"" + filename + "\"\nContent-Disposition: attachment; filename=\"" +
         filename + "\"\nContent-Transfer-Encoding: " + encoding + "\n\n" + body + "--b1--\n";
}

// Wraps a whole message as a message/rfc822 attachment of an outer message.
inline std::string forwardedAsAttachment(const std::string& inner) {
  return "From: c@example.net\nTo: b@school.example\nSubject: Fwd\nMIME-Version: 1.0\n"
         "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: text/plain\n\nFYI\n--outer\n"
         "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"fwd.eml\"\n\n" + inner +
         "--outer--\n";
}

}  // namespace aup::test
