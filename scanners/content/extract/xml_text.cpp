#include "scanners/content/extract/xml_text.h"

#include <cctype>
#include <climits>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace aup {
namespace {

// No XML_PARSE_NOENT or DTDLOAD: external entities stay unexpanded references; NONET forbids
// any fetch. RECOVER reads what it can of a cut or broken export.
constexpr int kXmlOptions = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

bool isBlank(const xmlChar* s) {
  for (; s && *s; ++s)
    if (!std::isspace(*s)) return false;
  return true;
}

std::string str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

bool hasElementChildren(const xmlNode* node) {
  for (const xmlNode* c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return true;
  return false;
}

// The element's own text (text and CDATA children), spaces folded.
std::string ownText(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || isBlank(c->content)) continue;
    if (!out.empty()) out += ' ';
    out += str(c->content);
  }
  for (char& ch : out)
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  return out;
}

void attributes(const xmlNode* node, std::string& out) {
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    xmlChar* value = xmlNodeListGetString(node->doc, a->children, 1);
    if (value && !isBlank(value)) out += elementNameInWords(str(a->name)) + ": " + str(value) + "\n";
    xmlFree(value);
  }
}

// Depth-first; libxml2 caps nesting at 256 without XML_PARSE_HUGE, so recursion is bounded.
void collect(const xmlNode* node, std::string& out) {
  for (const xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    attributes(n, out);
    if (!hasElementChildren(n)) {
      std::string text = ownText(n);
      if (!text.empty()) out += elementNameInWords(str(n->name)) + ": " + text + "\n";
      continue;
    }
    std::string text = ownText(n);  // mixed content: the element's own words, then its children
    if (!text.empty()) out += text + "\n";
    collect(n->children, out);
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\n\n") != 0) out += "\n";
  }
}

}  // namespace

std::string elementNameInWords(std::string_view name) {
  std::string out;
  auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_' || c == '-' || c == '.') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    // A word starts at "aB" (dateOf) and at the last capital of a run before a lower-case letter
    // ("NINumber" -> "NI Number").
    bool boundary = i > 0 && upper(c) &&
                    (lower(name[i - 1]) || (upper(name[i - 1]) && i + 1 < name.size() && lower(name[i + 1])));
    if (boundary && !out.empty() && out.back() != ' ') out += ' ';
    out += c;
  }
  return out;
}

std::string xmlToText(std::string_view xml, const char* encoding) {
  if (xml.empty() || xml.size() > INT_MAX) return {};
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "data.xml", encoding, kXmlOptions);
  if (!doc) return {};
  std::string out;
  collect(xmlDocGetRootElement(doc), out);
  xmlFreeDoc(doc);
  return out;
}

}  // namespace aup
