#include "scanners/headteacher_copy/csv_reader.h"

namespace aup {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// CsvScanner - the state of one pass over the text; a record ends at an unquoted line end.
class CsvScanner {
 public:
  explicit CsvScanner(std::string_view text) : text_(text) {}

  CsvDocument run() {
    if (text_.starts_with(kUtf8Bom)) pos_ = kUtf8Bom.size();
    while (pos_ < text_.size()) readRecord();
    return std::move(document_);
  }

 private:
  // Consumes a line end (CRLF, LF or CR) at pos_, if there is one.
  bool consumeLineEnd() {
    if (pos_ >= text_.size()) return false;
    if (text_[pos_] == '\r') {
      pos_ += (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
    } else if (text_[pos_] == '\n') {
      ++pos_;
    } else {
      return false;
    }
    ++line_;
    return true;
  }

  // Reads one quoted field starting at the opening quote; returns false if it never closes.
  bool readQuoted(std::string& field) {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field.push_back('"');
          pos_ += 2;
          continue;
        }
        ++pos_;
        return true;
      }
      if (c == '\r' || c == '\n') {
        // A line break inside quotes belongs to the field; keep it as "\n" and count the line.
        consumeLineEnd();
        field.push_back('\n');
        continue;
      }
      field.push_back(c);
      ++pos_;
    }
    return false;
  }

  void readRecord() {
    CsvRecord record;
    record.line = line_;
    std::string field;
    bool fieldWasQuoted = false;
    while (true) {
      if (pos_ >= text_.size() || consumeLineEnd()) break;
      char c = text_[pos_];
      if (c == ',') {
        record.fields.push_back(std::move(field));
        field.clear();
        fieldWasQuoted = false;
        ++pos_;
      } else if (c == '"' && field.empty() && !fieldWasQuoted) {
        fieldWasQuoted = true;
        if (!readQuoted(field)) {
          document_.unterminatedQuoteLine = record.line;
          break;
        }
      } else {
        field.push_back(c);
        ++pos_;
      }
    }
    record.fields.push_back(std::move(field));
    bool blank = record.fields.size() == 1 && record.fields[0].find_first_not_of(" \t") == std::string::npos &&
                 !fieldWasQuoted;
    if (!blank) document_.records.push_back(std::move(record));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  CsvDocument document_;
};

}  // namespace

CsvDocument parseCsv(std::string_view text) { return CsvScanner(text).run(); }

}  // namespace aup
