#include "scanners/content/extract/office_text.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "scanners/content/extract/text_builder.h"

namespace aup {
namespace {

// NONET: never fetch; no NOENT (entities stay references) and no HUGE (libxml2's size/depth caps hold).
constexpr int kXmlOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

const char* localName(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }
bool is(const xmlNode* n, const char* name) { return std::strcmp(localName(n), name) == 0; }

// Appends every text node below `node` (and its siblings).
void appendText(const xmlNode* node, TextBuilder& out) {
  for (const xmlNode* n = node; n && !out.stopped(); n = n->next) {
    if (n->type == XML_TEXT_NODE && n->content) out.append(reinterpret_cast<const char*>(n->content));
    else if (n->type == XML_ELEMENT_NODE) appendText(n->children, out);
  }
}

// The first text child of an element, at most `max` bytes (a cell's value or shared-string index).
std::string shortText(const xmlNode* element, std::size_t max) {
  for (const xmlNode* n = element->children; n; n = n->next)
    if (n->type == XML_TEXT_NODE && n->content) return std::string(reinterpret_cast<const char*>(n->content)).substr(0, max);
  return {};
}

// What an xlsx worksheet's cells refer to: the shared strings and which cell styles are dates.
struct SheetContext {
  const std::vector<std::string>* shared = nullptr;
  const std::vector<bool>* dateStyles = nullptr;
};

// An attribute's value ("" when absent).
std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

// The day an Excel date serial (1900 date system) stands for, as "dd/mm/yyyy"; "" when the
// number is no date. Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so
// from serial 61 on the days run from 1899-12-30.
std::string excelSerialDate(std::string_view value) {
  std::string v(value.substr(0, 32));
  char* end = nullptr;
  double serial = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || serial < 61 || serial > 2958465) return {};
  long z = static_cast<long>(serial) - 25569 + 719468;  // days since 1970-01-01, shifted to 0000-03-01
  long era = z / 146097, doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  auto two = [](long v) { return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10); };
  return two(d) + "/" + two(m) + "/" + two(y / 100) + two(y % 100);  // y <= 9999: serial is bounded above
}

// An xlsx <c> cell: shared string, inline string or literal value; a number whose style shows it
// as a date is written as the date ("14/03/2013"), as Excel displays it, so that a date of birth
// in a spreadsheet reads like one in a letter. A shared string is appended where it is referenced,
// so this is where a small sheet can ask for gigabytes: `out` caps it.
void appendCell(const xmlNode* cell, const SheetContext& sheet, TextBuilder& out) {
  std::string t = attribute(cell, "t");
  const std::vector<std::string>* shared = sheet.shared;
  for (const xmlNode* n = cell->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (is(n, "v")) {
      if ((t.empty() || t == "n") && sheet.dateStyles) {
        std::string style = attribute(cell, "s");
        unsigned long idx = style.empty() ? 0 : std::strtoul(style.c_str(), nullptr, 10);
        if (idx < sheet.dateStyles->size() && (*sheet.dateStyles)[idx]) {
          std::string date = excelSerialDate(shortText(n, 32));
          if (!date.empty()) return out.append(date);
        }
      }
      if (t != "s" || !shared) return appendText(n->children, out);
      std::string v = shortText(n, 32);
      char* end = nullptr;
      unsigned long idx = std::strtoul(v.c_str(), &end, 10);
      if (end != v.c_str() && idx < shared->size()) out.append((*shared)[idx]);
      return;
    }
    if (is(n, "is")) return appendText(n->children, out);
  }
}

// True when a paragraph sits inside a table cell (w:tc, table:table-cell).
bool inCell(const xmlNode* n) {
  for (const xmlNode* p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (is(p, "tc") || is(p, "table-cell")) return true;
  return false;
}

void collect(const xmlNode* node, const SheetContext* sheet, TextBuilder& out) {
  for (const xmlNode* n = node; n && !out.stopped(); n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) out.append(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    // Field codes and formulas are not visible text.
    if (is(n, "instrText") || is(n, "f") || is(n, "delText")) continue;
    if (is(n, "c") && sheet) {
      appendCell(n, *sheet, out);
      out.append('\t');
      continue;
    }
    if (is(n, "tab")) out.append('\t');
    else if (is(n, "s")) out.append(' ');
    else if (is(n, "br") || is(n, "line-break")) out.append('\n');
    bool cell = is(n, "table-cell") || is(n, "tc");
    collect(n->children, sheet, out);
    // A table row is one line (a record: "Mia Okafor <tab> Asthma <tab> Inhaler"), so the
    // paragraphs inside a cell end with a space, not a line break.
    if (is(n, "row") || is(n, "table-row") || is(n, "tr")) out.append('\n');
    else if (is(n, "p") || is(n, "h")) out.append(inCell(n) ? ' ' : '\n');
    else if (cell) out.append('\t');
  }
}

xmlDocPtr parseXml(std::string_view xml) {
  if (xml.size() > INT_MAX) return nullptr;
  return xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr, kXmlOptions);
}

// Which members hold the text, by document kind; sorted so slides and sheets come in order.
bool wantedMember(const std::string& name) {
  if (name == "word/document.xml" || name == "content.xml") return true;
  auto under = [&](const char* dir) { return name.rfind(dir, 0) == 0 && name.size() > 4 && name.ends_with(".xml"); };
  return under("xl/worksheets/sheet") || under("ppt/slides/slide") || under("word/header") || under("word/footer");
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

std::vector<std::string> xlsxSharedStrings(std::string_view xml, std::size_t maxEach, Deadline deadline) {
  std::vector<std::string> out;
  xmlDocPtr doc = parseXml(xml);
  if (!doc) return out;
  const xmlNode* root = xmlDocGetRootElement(doc);
  for (const xmlNode* si = root ? root->children : nullptr; si; si = si->next) {
    if (si->type != XML_ELEMENT_NODE || !is(si, "si")) continue;
    TextBuilder s(maxEach, deadline);  // one string can never put more than the budget into the text
    collect(si->children, nullptr, s);
    if (out.size() % 1024 == 0 && deadline.expired()) break;
    out.push_back(s.take());
  }
  xmlFreeDoc(doc);
  return out;
}

void officeXmlText(std::string_view xml, const std::vector<std::string>* sharedStrings, TextBuilder& out,
                   const std::vector<bool>* dateStyles) {
  xmlDocPtr doc = parseXml(xml);
  if (!doc) return;
  SheetContext sheet{sharedStrings, dateStyles};
  collect(xmlDocGetRootElement(doc), sharedStrings || dateStyles ? &sheet : nullptr, out);
  xmlFreeDoc(doc);
}

std::vector<bool> xlsxDateStyles(std::string_view xml) {
  std::vector<bool> out;
  xmlDocPtr doc = parseXml(xml);
  if (!doc) return out;
  const xmlNode* root = xmlDocGetRootElement(doc);
  std::vector<unsigned long> customDates;  // numFmt ids whose format code shows a day or a year
  for (const xmlNode* sec = root ? root->children : nullptr; sec; sec = sec->next) {
    if (sec->type != XML_ELEMENT_NODE) continue;
    if (is(sec, "numFmts")) {
      for (const xmlNode* f = sec->children; f; f = f->next) {
        if (f->type != XML_ELEMENT_NODE || !is(f, "numFmt")) continue;
        if (numberFormatIsDate(attribute(f, "formatCode")))
          customDates.push_back(std::strtoul(attribute(f, "numFmtId").c_str(), nullptr, 10));
      }
    } else if (is(sec, "cellXfs")) {
      for (const xmlNode* xf = sec->children; xf && out.size() < 65536; xf = xf->next) {
        if (xf->type != XML_ELEMENT_NODE || !is(xf, "xf")) continue;
        unsigned long id = std::strtoul(attribute(xf, "numFmtId").c_str(), nullptr, 10);
        // Built-in date formats: 14-17 (d/m/yyyy, d-mmm-yy ...), 22 (date and time), 27-36 and 50-58 (East Asian dates).
        bool builtin = (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
        out.push_back(builtin || std::find(customDates.begin(), customDates.end(), id) != customDates.end());
      }
    }
  }
  xmlFreeDoc(doc);
  return out;
}

bool numberFormatIsDate(std::string_view code) {
  bool quoted = false, bracket = false, escaped = false;
  for (char c : code) {
    if (escaped) { escaped = false; continue; }
    if (c == '\\') escaped = true;
    else if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') bracket = true;
    else if (!quoted && c == ']') bracket = false;
    else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) return true;
  }
  return false;
}

ExtractedText zipDocumentText(std::string_view data, const std::string& ext, const ExtractLimits& limits,
                              Deadline deadline) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(data.data(), data.size(), 0, &error);
  if (!src) return {ExtractStatus::Unreadable, "", "zip could not be opened", false};
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(src);
    zip_error_fini(&error);
    return {ExtractStatus::Unreadable, "", "corrupt zip", false};
  }
  zip_error_fini(&error);
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.maxEntries)
    return {ExtractStatus::Unreadable, "", "too many zip entries", false};
  std::vector<std::pair<std::string, zip_uint64_t>> members;
  bool tabular = false, anyEncrypted = false;
  std::string sharedName, stylesName;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) anyEncrypted = true;
    std::string name = st.name ? st.name : "";
    if (name == "xl/sharedStrings.xml") sharedName = name;
    if (name == "xl/styles.xml") stylesName = name;
    if (wantedMember(name)) members.push_back({name, static_cast<zip_uint64_t>(i)});
    if (name.rfind("xl/", 0) == 0 || name == "content.xml") tabular = tabular || name.rfind("xl/", 0) == 0;
  }
  if (anyEncrypted) return {ExtractStatus::Encrypted, "", "password-protected zip", false};
  if (members.empty()) {
    bool document = ext == "docx" || ext == "xlsx" || ext == "pptx" || ext == "odt" || ext == "ods";
    return {document ? ExtractStatus::Unreadable : ExtractStatus::NotText, "", "no document text in zip", false};
  }
  if (ext == "ods") tabular = true;
  // Reads one member, bounded by size and expansion ratio; "" with `problem` set on refusal.
  auto readMember = [&](zip_uint64_t index, std::string& problem) -> std::string {
    zip_stat_t st;
    if (zip_stat_index(archive.get(), index, 0, &st) != 0) return problem = "unreadable zip entry", "";
    std::uint64_t ratioCap = std::max<std::uint64_t>(st.comp_size, 1) * limits.maxExpansionRatio + 4096;
    if (st.size > limits.maxEntryBytes || st.size > ratioCap) return problem = "zip entry over the expansion limit", "";
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(archive.get(), index, 0), zip_fclose);
    if (!f) return problem = "zip entry could not be read", "";
    std::string buf(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t n = zip_fread(f.get(), buf.data(), buf.size());
    if (n < 0) return problem = "zip entry could not be decompressed", "";
    buf.resize(static_cast<std::size_t>(n));
    return buf;
  };
  std::vector<std::string> shared;
  std::string problem;
  if (!sharedName.empty()) {
    zip_int64_t idx = zip_name_locate(archive.get(), sharedName.c_str(), 0);
    if (idx >= 0) shared = xlsxSharedStrings(readMember(static_cast<zip_uint64_t>(idx), problem), limits.maxTextBytes, deadline);
    if (!problem.empty()) return {ExtractStatus::Unreadable, "", problem, false};
  }
  std::vector<bool> dateStyles;
  if (!stylesName.empty()) {
    zip_int64_t idx = zip_name_locate(archive.get(), stylesName.c_str(), 0);
    if (idx >= 0) dateStyles = xlsxDateStyles(readMember(static_cast<zip_uint64_t>(idx), problem));
    if (!problem.empty()) return {ExtractStatus::Unreadable, "", problem, false};
  }
  std::sort(members.begin(), members.end());
  TextBuilder text(limits.maxTextBytes, deadline);
  for (const auto& [name, index] : members) {
    if (deadline.expired()) text.markTruncated("stopped at the time limit");
    if (text.truncated()) break;  // budget spent or out of time: keep what was read
    std::string xml = readMember(index, problem);
    if (!problem.empty()) return {ExtractStatus::Unreadable, "", problem, false};
    bool sheet = name.rfind("xl/worksheets/", 0) == 0;
    officeXmlText(xml, sheet ? &shared : nullptr, text, sheet ? &dateStyles : nullptr);
    text.append('\n');
  }
  ExtractedText out{ExtractStatus::Text, "", text.why(), tabular};
  out.truncated = text.truncated();
  out.text = text.take();
  return out;
}

}  // namespace aup
