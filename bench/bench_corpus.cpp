#include "bench/bench_corpus.h"

#include <cstdint>
#include <stdexcept>

#include "tests/hostile/hostile_messages.h"

namespace aup::bench {

namespace {

// A small deterministic generator (no <random> distributions: their output differs by library).
class Lcg {
 public:
  // The next 31 pseudo-random bits.
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }

 private:
  std::uint64_t state_ = 0x5eed;
};

const char* const kWords[] = {"the",  "class",   "will", "visit",  "museum", "on",    "Friday", "please",
                              "bring", "packed", "lunch", "and",   "coat",   "trip",  "costs",  "pounds",
                              "letter", "parents", "term", "reading", "homework", "week", "sports", "kit"};

// About `bytes` of plain English-like prose in lines of ~70 characters.
std::string prose(std::size_t bytes, Lcg& rng) {
  std::string out;
  std::size_t line = 0;
  while (out.size() < bytes) {
    const char* w = kWords[rng.next() % (sizeof(kWords) / sizeof(kWords[0]))];
    out += w;
    line += std::char_traits<char>::length(w) + 1;
    if (line > 70) {
      out += ".\r\n";
      line = 0;
    } else {
      out += ' ';
    }
  }
  return out + "\r\n";
}

// Pseudo-random binary bytes (incompressible, like a JPEG or an encrypted file).
std::string binary(std::size_t bytes, Lcg& rng) {
  std::string out(bytes, '\0');
  for (auto& c : out) c = static_cast<char>(rng.next() & 0xff);
  return out;
}

// A pupil list as a school would export it: names, UPNs, ULNs, dates of birth.
std::string pupilCsv(std::size_t bytes) {
  static const char* const kRows[] = {
      "Ann Example,B801200005001,1000000043,12/03/2012,Year 7",
      "Bob Example,P207000016049,7117325126,01/11/2011,Year 8",
      "Cat Example,P801200013001,6421594181,23/07/2012,Year 7",
  };
  std::string out = "name,upn,uln,date_of_birth,year\r\n";
  for (std::size_t i = 0; out.size() < bytes; ++i) out += std::string(kRows[i % 3]) + "\r\n";
  return out;
}

// The header block of every corpus message: staff to a parent on the roster.
std::string headers(const std::string& subject, const std::string& contentType) {
  return "From: Jo Smith <j.smith@school.example>\r\nTo: Parent One <parent.one@example.org>\r\n"
         "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\nMessage-ID: <bench@school.example>\r\n"
         "Subject: " + subject + "\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n";
}

// A text/plain message.
std::string plain(const std::string& body) { return headers("Trip on Friday", "text/plain; charset=utf-8") + body; }

// multipart/alternative with the same text as plain text and as (quoted-printable) HTML.
std::string htmlAndText(const std::string& text) {
  std::string html = "<html><body><p>" + text + "</p><table><tr><td>cell</td></tr></table></body></html>\r\n";
  return headers("Newsletter", "multipart/alternative; boundary=\"alt\"") +
         "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
         "--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
         html + "--alt--\r\n";
}

// multipart/mixed: a short text part and one base64 attachment.
std::string withAttachment(const std::string& text, const std::string& type, const std::string& filename,
                           const std::string& content) {
  return headers("Documents", "multipart/mixed; boundary=\"mix\"") +
         "--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "--mix\r\nContent-Type: " + type +
         "; name=\"" + filename + "\"\r\nContent-Disposition: attachment; filename=\"" + filename +
         "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + hostile::base64Lines(content) + "--mix--\r\n";
}

// A small .docx (zip + document.xml) holding `text`.
std::string docx(const std::string& text) {
  return hostile::buildZip(
      {{"[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        "", 0, ""},
       {"word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" +
            text + "</w:t></w:r></w:p></w:body></w:document>",
        "", 0, ""}});
}

// The whole corpus, smallest first (deterministic: one seeded generator).
std::vector<BenchMessage> build() {
  Lcg rng;
  std::string note = prose(1500, rng);
  std::string dataNote = "Dear parent, the ULN for your child is 1000000043 and the UPN is B801200005001.\r\n" + note;
  std::vector<BenchMessage> out;
  out.push_back({"plain-2k-clean", plain(note)});
  out.push_back({"plain-2k-data", plain(dataNote)});
  out.push_back({"html-text-10k-clean", htmlAndText(prose(5000, rng))});
  out.push_back({"attachment-2k-binary", withAttachment(note, "application/octet-stream", "photo.jpg", binary(2u << 10, rng))});
  out.push_back({"attachment-64k-csv-data", withAttachment(note, "text/csv", "pupils.csv", pupilCsv(64u << 10))});
  out.push_back({"attachment-64k-docx-clean", withAttachment(note, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "letter.docx", docx(prose(60u << 10, rng)))});
  out.push_back({"attachment-512k-binary", withAttachment(note, "application/octet-stream", "scan.jpg", binary(512u << 10, rng))});
  out.push_back({"attachment-2m-binary", withAttachment(note, "application/pdf", "prospectus.pdf", binary(2u << 20, rng))});
  out.push_back({"attachment-2m-text-clean", withAttachment(note, "text/plain", "minutes.txt", prose(2u << 20, rng))});
  return out;
}

}  // namespace

const std::vector<BenchMessage>& corpus() {
  static const std::vector<BenchMessage> messages = build();
  return messages;
}

const BenchMessage& corpusMessage(const std::string& name) {
  for (const auto& m : corpus()) {
    if (m.name == name) return m;
  }
  throw std::out_of_range("no corpus message " + name);
}

const std::vector<MixEntry>& averageMix() {
  // XXX a guess at a school's outbound mix, not a measured one: most mail is short text or
  // HTML; one in five carries an attachment, rarely a large one.
  static const std::vector<MixEntry> mix = {
      {"plain-2k-clean", 40},          {"plain-2k-data", 5},
      {"html-text-10k-clean", 35},     {"attachment-2k-binary", 8},
      {"attachment-64k-csv-data", 3},  {"attachment-64k-docx-clean", 6},
      {"attachment-512k-binary", 2},   {"attachment-2m-binary", 1},
  };
  return mix;
}

}  // namespace aup::bench
