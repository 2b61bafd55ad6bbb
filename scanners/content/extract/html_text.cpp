#include "scanners/content/extract/html_text.h"

#include <climits>
#include <cstring>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace aup {
namespace {

bool nameIs(const xmlNode* node, const char* name) {
  return node->name && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool isBlock(const xmlNode* n) {
  static constexpr const char* kBlocks[] = {"p",  "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                            "table", "ul", "ol", "blockquote", "pre", "hr", "section", "article",
                                            "header", "footer", "dt", "dd"};
  for (const char* b : kBlocks)
    if (nameIs(n, b)) return true;
  return false;
}

// Depth-first walk; libxml2 caps nesting at 256 without HTML_PARSE_HUGE, so recursion is bounded.
void collect(const xmlNode* node, std::string& out) {
  for (const xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) out += reinterpret_cast<const char*>(n->content);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    if (nameIs(n, "script") || nameIs(n, "style") || nameIs(n, "head") || nameIs(n, "title")) continue;
    if (nameIs(n, "img")) {  // an image's alt text is what a reader without images sees: it is text
      if (xmlChar* alt = xmlGetProp(n, reinterpret_cast<const xmlChar*>("alt"))) {
        if (*alt) out += std::string("\n") + reinterpret_cast<const char*>(alt) + "\n";
        xmlFree(alt);
      }
      continue;
    }
    if (nameIs(n, "br")) {
      out += '\n';
      continue;
    }
    collect(n->children, out);
    if (nameIs(n, "td") || nameIs(n, "th")) out += '\t';
    else if (isBlock(n)) out += '\n';
  }
}

}  // namespace

std::string htmlToText(std::string_view html) {
  if (html.empty() || html.size() > INT_MAX) return {};
  // Text handed in is already UTF-8 (MessageView converts charsets), so say so to the parser.
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!doc) return {};
  std::string out;
  collect(xmlDocGetRootElement(doc), out);
  xmlFreeDoc(doc);
  return out;
}

}  // namespace aup
