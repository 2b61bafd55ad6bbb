#include "tests/hostile/hostile_messages.h"

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace aup::hostile {

namespace {

constexpr const char* kHeaders =
    "From: Jo Smith <j.smith@school.example>\r\n"
    "To: Friend <friend@example.org>\r\n"
    "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <hostile@school.example>\r\n"
    "MIME-Version: 1.0\r\n";

// A string literal with its embedded NUL bytes (std::string(const char*) would stop at the first).
template <std::size_t N>
std::string literalBytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// The start of a message: the common headers, a Subject and a Content-Type.
std::string head(const std::string& subject, const std::string& contentType) {
  return std::string(kHeaders) + "Subject: " + subject + "\r\nContent-Type: " + contentType + "\r\n\r\n";
}

// One attachment part (base64) inside a multipart whose boundary is `boundary`.
std::string attachmentPart(const std::string& boundary, const std::string& type, const std::string& filenameParam,
                           const std::string& bytes) {
  return "--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Disposition: attachment; " + filenameParam +
         "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(bytes);
}

// A message with a short text part and one attachment.
std::string withAttachment(const std::string& subject, const std::string& type, const std::string& filename,
                           const std::string& bytes) {
  return head(subject, "multipart/mixed; boundary=\"att\"") +
         "--att\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see the attached file.\r\n" +
         attachmentPart("att", type, "filename=\"" + filename + "\"", bytes) + "--att--\r\n";
}

// libzip source that produces prefix + unit repeated to repeatBytes + suffix without holding it.
struct RepeatSource {
  const ZipMember* member;
  std::size_t total = 0;
  std::size_t offset = 0;
  zip_error_t error{};

  // Copies the next bytes of the member into `out`, in runs rather than byte by byte.
  std::size_t read(char* out, std::size_t len) {
    const std::size_t prefixEnd = member->prefix.size();
    const std::size_t bodyEnd = prefixEnd + (member->unit.empty() ? 0 : member->repeatBytes);
    std::size_t done = 0;
    while (done < len && offset < total) {
      std::size_t n = 0;
      if (offset < prefixEnd) {
        n = std::min(len - done, prefixEnd - offset);
        std::memcpy(out + done, member->prefix.data() + offset, n);
      } else if (offset < bodyEnd) {
        std::size_t at = (offset - prefixEnd) % member->unit.size();
        n = std::min({len - done, bodyEnd - offset, member->unit.size() - at});
        std::memcpy(out + done, member->unit.data() + at, n);
      } else {
        n = std::min(len - done, total - offset);
        std::memcpy(out + done, member->suffix.data() + (offset - bodyEnd), n);
      }
      done += n;
      offset += n;
    }
    return done;
  }
};

// libzip's source protocol for a RepeatSource: open, read, stat, close; nothing else is needed.
zip_int64_t repeatCallback(void* userdata, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* src = static_cast<RepeatSource*>(userdata);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      src->offset = 0;
      return 0;
    case ZIP_SOURCE_READ:
      return static_cast<zip_int64_t>(src->read(static_cast<char*>(data), len));
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = src->total;
      st->mtime = 1700000000;
      st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
      return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&src->error, data, len);
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      zip_error_set(&src->error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

// Reads the whole of an in-memory zip source (after zip_close wrote the archive into it).
std::string readSource(zip_source_t* source) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(source, &st) != 0 || zip_source_open(source) != 0) throw std::runtime_error("zip: read back");
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t n = zip_source_read(source, out.data(), out.size());
  zip_source_close(source);
  if (n < 0 || static_cast<std::size_t>(n) != out.size()) throw std::runtime_error("zip: short read");
  return out;
}

// `unit` repeated `times` times (longer units make the zip sources' copies cheaper).
std::string repeated(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

// `bytes` of words drawn by a fixed LCG from a small vocabulary: text that deflates about 5:1.
std::string variedWords(std::size_t bytes) {
  static const char* const kWords[] = {"pupil",  "report", "term",   "maths",  "reading", "science", "history", "art",
                                       "music",  "sport",  "class",  "year",   "teacher", "parent",  "school",  "library",
                                       "garden", "lunch",  "trip",   "museum", "project", "homework", "spelling", "test"};
  std::string out;
  out.reserve(bytes + 16);
  std::uint32_t state = 12345;
  while (out.size() < bytes) {
    state = state * 1664525u + 1013904223u;
    out += kWords[(state >> 16) % (sizeof(kWords) / sizeof(kWords[0]))];
    out += (state & 0x700) == 0 ? ". " : " ";
  }
  out.resize(bytes);
  return out;
}

}  // namespace

std::string base64Lines(const std::string& bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(bytes.size() * 4 / 3 + bytes.size() / 38 + 8);
  std::size_t lineChars = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t n = static_cast<std::uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<std::uint8_t>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<std::uint8_t>(bytes[i + 2]);
    out.push_back(kAlphabet[(n >> 18) & 63]);
    out.push_back(kAlphabet[(n >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=');
    out.push_back(i + 2 < bytes.size() ? kAlphabet[n & 63] : '=');
    lineChars += 4;
    if (lineChars == 76) {
      out += "\r\n";
      lineChars = 0;
    }
  }
  if (lineChars != 0) out += "\r\n";
  return out;
}

std::string buildZip(const std::vector<ZipMember>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip: buffer");
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) {
    zip_source_free(buffer);
    throw std::runtime_error("zip: open");
  }
  zip_source_keep(buffer);  // keep the bytes after zip_close
  std::vector<std::unique_ptr<RepeatSource>> sources;
  for (const auto& m : members) {
    auto src = std::make_unique<RepeatSource>();
    src->member = &m;
    src->total = m.prefix.size() + (m.unit.empty() ? 0 : m.repeatBytes) + m.suffix.size();
    zip_source_t* s = zip_source_function(archive, repeatCallback, src.get());
    zip_int64_t index = s ? zip_file_add(archive, m.name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    // Level 1 deflates repetitive data almost as tightly as level 9, many times faster.
    zip_int32_t method = m.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (index < 0 || zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), method, m.stored ? 0 : 1) != 0) {
      if (s && index < 0) zip_source_free(s);
      zip_discard(archive);
      zip_source_free(buffer);
      throw std::runtime_error("zip: add " + m.name);
    }
    sources.push_back(std::move(src));
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    throw std::runtime_error("zip: close");
  }
  std::string bytes = readSource(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::string buildPdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj" + objects[i] + "endobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  return pdf + "trailer<</Size " + std::to_string(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
}

std::string slowPdfDocument(std::size_t contentBytes) {
  // One block fills the page top to bottom with short lines; the stream repeats it.
  std::string block = "1 0 0 1 20 780 Tm\n";
  for (int line = 0; line < 95; ++line) block += "(Pupil 1000000043 term report page) Tj 0 -8 Td\n";
  std::string content = "BT /F1 7 Tf\n";
  content.reserve(contentBytes + block.size() + 8);
  while (content.size() < contentBytes) content += block;
  content += "ET\n";
  uLongf packedSize = compressBound(static_cast<uLong>(content.size()));
  std::string packed(packedSize, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(content.data()),
                static_cast<uLong>(content.size()), 6) != Z_OK)
    throw std::runtime_error("zlib: compress");
  packed.resize(packedSize);
  return buildPdf({"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                   "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
                   "<</Length " + std::to_string(packed.size()) + "/Filter/FlateDecode>>stream\n" + packed + "\nendstream",
                   "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"});
}

std::string slowPdfPage(std::size_t contentBytes) {
  return withAttachment("term report", "application/pdf", "report.pdf", slowPdfDocument(contentBytes));
}

std::string deepNesting(int depth) {
  std::string out = head("nested " + std::to_string(depth) + " deep", "multipart/mixed; boundary=\"n0\"");
  for (int i = 1; i < depth; ++i) {
    out += "--n" + std::to_string(i - 1) + "\r\nContent-Type: multipart/mixed; boundary=\"n" + std::to_string(i) +
           "\"\r\n\r\n";
  }
  out += "--n" + std::to_string(depth - 1) + "\r\nContent-Type: text/plain\r\n\r\nat the bottom\r\n";
  for (int i = depth - 1; i >= 0; --i) out += "--n" + std::to_string(i) + "--\r\n";
  return out;
}

std::string manyParts(int parts) {
  std::string out = head(std::to_string(parts) + " parts", "multipart/mixed; boundary=\"p\"");
  for (int i = 0; i < parts; ++i) {
    out += "--p\r\nContent-Type: text/plain\r\n\r\npart " + std::to_string(i) + "\r\n";
  }
  return out + "--p--\r\n";
}

std::string hugeHeader(std::size_t bytes) {
  std::string out = kHeaders;
  out += "Subject: a very long header\r\nX-Long:";
  const std::string word = " abcdefghij";
  std::size_t written = 0, lineChars = 7;
  while (written < bytes) {
    if (lineChars + word.size() > 78) {
      out += "\r\n";  // fold: the next line starts with the word's leading space
      lineChars = 0;
    }
    out += word;
    lineChars += word.size();
    written += word.size();
  }
  return out + "\r\nContent-Type: text/plain\r\n\r\nshort body\r\n";
}

std::string manyHeaders(std::size_t bytes) {
  std::string out = std::string(kHeaders) + "Subject: a very long header section\r\n";
  const std::string field = "X-Filler: abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij\r\n";
  while (out.size() < bytes) out += field;
  return out + "Content-Type: text/plain\r\n\r\nshort body\r\n";
}

std::string unterminatedBoundary(std::size_t tailBytes) {
  std::string out = head("unterminated", "multipart/mixed; boundary=\"never-closed\"");
  out += "--never-closed\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n";
  out += "--never-closed\r\nContent-Type: application/octet-stream; name=\"tail.bin\"\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n";
  out += base64Lines(std::string(tailBytes, 'x'));
  out += "--never-closed-but-not-quite\r\n--never-close\r\n";  // near misses, never the real close
  return out;
}

std::string invalidBase64() {
  std::string out = head("invalid base64", "multipart/mixed; boundary=\"b\"");
  const char* bodies[] = {
      "!!!!****\r\n$$$$ %%%%\r\n",                      // nothing from the alphabet
      "QUJD=REVG==R0hJ\r\n====\r\nSktM\r\n",           // padding in the middle
      "QUJDR\r\n",                                      // a length that is not a multiple of 4
      "QUJD\x80\xff\xfeREVG\r\n",                       // 8-bit bytes inside
      "=\r\n",                                          // padding only
  };
  int i = 0;
  for (const char* body : bodies) {
    out += "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"bad" +
           std::to_string(i++) + ".bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body;
  }
  out += literalBytes("--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8g\0V29y\0" "bGQ=\r\n");
  return out + "--b--\r\n";
}

std::string nulBytes() {
  std::string out(kHeaders);
  out += literalBytes("Subject: nul\0in subject\r\nX-N\0l: value\r\n");
  out += "Content-Type: multipart/mixed; boundary=\"z\"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\n";
  out += literalBytes("text\0with\0nuls\0\0\0 and more\r\n");
  out += literalBytes("--z\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; "
               "filename=\"a\0" "b.exe\"\r\n\r\n\0\0\0\0\r\n");
  out += literalBytes("--z\0--\r\n--z--\r\n");
  return out;
}

std::string mixedLineEndings() {
  return "From: Jo Smith <j.smith@school.example>\r\nTo: friend@example.org\n"
         "Subject: mixed\r line\n ends\r\nMIME-Version: 1.0\rContent-Type: multipart/alternative;\n"
         " boundary=\"m\"\r\n\n--m\rContent-Type: text/plain\n\rline one\r\rline two\n\r\n--m\r\n"
         "Content-Type: text/html\r\r<p>html\r</p>\n--m--\r";
}

std::string zipBomb(std::size_t expandedBytes) {
  std::string zip = buildZip({{"zeros.bin", "", std::string(4096, '\0'), expandedBytes, ""}});
  return withAttachment("quarterly figures", "application/zip", "figures.zip", zip);
}

std::string docxBomb(std::size_t expandedBytes) {
  const std::string contentTypes =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string docHead =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
  std::string zip = buildZip({{"[Content_Types].xml", contentTypes, "", 0, ""},
                              {"word/document.xml", docHead, repeated("all work and no play ", 200), expandedBytes,
                               "</w:t></w:r></w:p></w:body></w:document>"}});
  return withAttachment("minutes", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "minutes.docx", zip);
}

std::string xlsxSharedStringBomb(std::size_t stringBytes, int cells) {
  const std::string shared =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>" +
      variedWords(stringBytes) + "</t></si></sst>";
  std::string sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  for (int row = 0; row < cells / 10; ++row) {
    sheet += "<row r=\"" + std::to_string(row + 1) + "\">";
    for (int col = 0; col < 10; ++col) sheet += "<c t=\"s\"><v>0</v></c>";
    sheet += "</row>";
  }
  sheet += "</sheetData></worksheet>";
  // The sheet is stored, not deflated: its repeated cells would otherwise compress beyond the
  // expansion-ratio limit and be refused before the shared string is ever referenced.
  std::string zip = buildZip({{"xl/sharedStrings.xml", shared, "", 0, ""},
                              {"xl/worksheets/sheet1.xml", sheet, "", 0, "", true}});
  return withAttachment("class list", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "class-list.xlsx", zip);
}

std::string zipWithProgramAfter(int harmless) {
  std::vector<ZipMember> members;
  for (int i = 0; i < harmless; ++i) members.push_back({"photo" + std::to_string(i) + ".jpg", "\xFF\xD8\xFF\xE0 jpeg", "", 0, ""});
  members.push_back({"setup.exe", "MZ program", "", 0, ""});
  return withAttachment("photos", "application/zip", "photos.zip", buildZip(members));
}

std::string zipOfStoredZips(int count, std::size_t innerBytes) {
  std::string inner = buildZip({{"zeros.bin", "", std::string(4096, '\0'), innerBytes, "", true}});
  std::vector<ZipMember> members;
  for (int i = 0; i < count; ++i) members.push_back({"inner" + std::to_string(i) + ".zip", inner, "", 0, ""});
  return withAttachment("archives", "application/zip", "archives.zip", buildZip(members));
}

std::string dotDotFilenames() {
  std::string out = head("paths", "multipart/mixed; boundary=\"d\"");
  const char* params[] = {
      "filename=\"../../etc/passwd\"",
      "filename*=UTF-8''..%2F..%2F..%2Froot%2F.ssh%2Fauthorized_keys",
      "filename=\"=?utf-8?B?Li4vLi4vZXZpbC5leGU=?=\"",  // ../../evil.exe
      "filename=\"..\\\\..\\\\windows\\\\system32\\\\evil.dll\"",
      "filename=\"/absolute/path.txt\"",
      "filename*0=\"../../\"; filename*1=\"split.sh\"",
  };
  for (const char* p : params) out += attachmentPart("d", "application/octet-stream", p, "payload");
  std::string zip = buildZip({{"../../escape.txt", "escaped", "", 0, ""},
                              {"/etc/cron.d/evil", "* * * * * root true", "", 0, ""},
                              {"ok/../../../up.txt", "up", "", 0, ""}});
  out += attachmentPart("d", "application/zip", "filename=\"paths.zip\"", zip);
  return out + "--d--\r\n";
}

std::string overlongEncodedWords(std::size_t wordBytes) {
  std::string longWord = "=?utf-8?Q?" + std::string(wordBytes, 'a') + "?=";
  std::string manyWords;
  for (int i = 0; i < 5000; ++i) manyWords += " =?utf-8?B?w6k=?=";
  std::string out = std::string(kHeaders) + "Subject: " + longWord + "\r\nX-Many:" + manyWords + "\r\n" +
                    "Content-Type: multipart/mixed; boundary=\"e\"\r\n\r\n" +
                    "--e\r\nContent-Type: text/plain\r\n\r\nbody\r\n";
  out += attachmentPart("e", "application/octet-stream", "filename=\"" + longWord + "\"", "x");
  out += attachmentPart("e", "application/octet-stream", "filename=\"=?utf-8?B?" + std::string(wordBytes, 'Q') + "?=\"", "y");
  return out + "--e--\r\n";
}

std::string encodedHeaderInjection() {
  // "\r\nX-Injected: yes\r\n" in base64 and in Q encoding.
  std::string out = std::string(kHeaders) + "Subject: =?utf-8?B?aGkNClgtSW5qZWN0ZWQ6IHllcw0K?=\r\n" +
                    "Content-Type: multipart/mixed; boundary=\"i\"\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\nx\r\n";
  out += attachmentPart("i", "application/octet-stream",
                        "filename=\"=?utf-8?Q?a=0D=0AX-Injected:_yes=0D=0A.exe?=\"", "z");
  return out + "--i--\r\n";
}

const std::vector<HostileCase>& allHostileCases() {
  static const std::vector<HostileCase> cases = {
      {"deep-nesting-500", [] { return deepNesting(500); }, Expectation::Unscannable, 0},
      {"many-parts-10000", [] { return manyParts(10000); }, Expectation::Unscannable, 0},
      // XXX 1 MiB, not more, for one field: GMime grows its header buffer in small steps, which
      // glibc's mremap makes cheap (4 MiB: ~75 ms) but which ASan turns quadratic (4 MiB: ~3 min).
      // Postfix's header_size_limit (100 KiB) truncates such a header before a milter sees it.
      {"huge-header-field-1mb", [] { return hugeHeader(1u << 20); }, Expectation::Examined, 0},
      {"huge-header-section-8mb", [] { return manyHeaders(8u << 20); }, Expectation::Examined, 0},
      {"unterminated-boundary", [] { return unterminatedBoundary(1u << 20); }, Expectation::Either, 0},
      {"invalid-base64", invalidBase64, Expectation::Either, 0},
      {"nul-bytes", nulBytes, Expectation::Either, 0},
      {"mixed-line-endings", mixedLineEndings, Expectation::Either, 0},
      {"zip-bomb-1gb", [] { return zipBomb(kBombBytes); }, Expectation::Either, kBombBytes},
      {"docx-bomb-1gb", [] { return docxBomb(kBombBytes); }, Expectation::Either, kBombBytes},
      {"xlsx-shared-string-bomb", [] { return xlsxSharedStringBomb(); }, Expectation::Either, std::size_t{10000} << 20},
      {"zip-program-after-1000-entries", [] { return zipWithProgramAfter(1000); }, Expectation::Either, 0},
      {"zip-of-50-stored-zips", [] { return zipOfStoredZips(50, 15u << 20); }, Expectation::Either, 50 * (15u << 20)},
      {"dot-dot-filenames", dotDotFilenames, Expectation::Either, 0},
      {"overlong-encoded-words", [] { return overlongEncodedWords(1u << 20); }, Expectation::Either, 0},
      {"encoded-header-injection", encodedHeaderInjection, Expectation::Either, 0},
      {"slow-pdf-page-32mb", [] { return slowPdfPage(32u << 20); }, Expectation::Either, 32u << 20},
  };
  return cases;
}

}  // namespace aup::hostile
