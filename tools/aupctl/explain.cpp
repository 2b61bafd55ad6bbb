#include "tools/aupctl/explain.h"

#include <cstdio>
#include <map>

#include "scanners/content/content_policy.h"
#include "scanners/content/content_scanner.h"

namespace aup {
namespace {

// `text` around [start, end) on one line: the match in [brackets], newlines shown as spaces.
std::string around(std::string_view text, std::size_t start, std::size_t end, std::size_t reach = 70) {
  std::size_t from = start > reach ? start - reach : 0, to = std::min(text.size(), end + reach);
  std::string out = std::string(text.substr(from, start - from)) + "[" + std::string(text.substr(start, end - start)) +
                    "]" + std::string(text.substr(end, to - end));
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return (from > 0 ? "..." : "") + out + (to < text.size() ? "..." : "");
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

const ContentScanner* contentScanner(const PolicySnapshot& snapshot) {
  for (const auto& s : snapshot.engine->scanners())
    if (auto* c = dynamic_cast<const ContentScanner*>(s.get())) return c;
  return nullptr;
}

}  // namespace

void explainContent(const PolicySnapshot& snapshot, const MessageView& view, const Verdict& verdict, std::ostream& out) {
  const ContentScanner* scanner = contentScanner(snapshot);
  if (!scanner) {
    out << "content policies are switched off\n";
    return;
  }
  MessageText text = buildMessageText(view, scanner->textOptions());
  RuleScanResult scan = scanner->rules().scan(text.text);
  const auto& rules = scanner->rules().rules();
  out << "== normalised text: " << text.text.size() << " bytes in " << text.segments.size() << " segments\n";
  for (const auto& seg : text.segments) out << "   " << seg.where << (seg.tabular ? " (table)" : "") << "\n";
  out << "== content rule matches (" << scan.matches.size() << (scan.truncated ? ", truncated" : "") << ")\n";
  for (const auto& m : scan.matches) {
    const Rule& r = rules[m.rule];
    bool isChain = r.policy == "chain-letter";
    out << "-- " << r.policy << " " << r.id << " (" << (isChain ? "signal " + r.tag + ", group " + r.group + ", weight " + number(r.weight)
                                                               : "kind " + std::string(r.kind == RuleKind::Identifier ? "identifier" : r.kind == RuleKind::Keyword ? "keyword" : r.kind == RuleKind::Marker ? "marker" : r.kind == RuleKind::Personal ? "personal" : "disclaimer") + ", tag " + r.tag)
        << ") at " << text.locate(m.start) << "\n   " << (r.kind == RuleKind::Identifier ? std::string("(value not shown: personal data)") : around(text.text, m.start, m.end())) << "\n";
  }
  // Each policy's own arithmetic, from the code that decides (signals inside a framed message's
  // quoted examples, discussion cues, the deadline rule and structural signals included).
  Organisation organisation;
  ScanContext context{organisation, verdict.direction, false};
  ContentInput input{view, context, text, scanner->rules(), scan.matches};
  for (const auto& policy : scanner->policies()) {
    std::string sum = policy->arithmetic(input);
    if (!sum.empty()) out << "== " << policy->policyId() << " arithmetic (each signal once, at its heaviest rule)\n   " << sum << "\n";
  }
  out << "== findings\n";
  for (const auto& reason : verdict.reasons) {
    const Finding& f = reason.finding;
    if (f.policy != "chain-letter" && f.policy != "dlp-unencrypted") continue;
    out << "   " << f.policy << "/" << f.rule << ": " << f.evidence << "\n";
  }
}

}  // namespace aup
