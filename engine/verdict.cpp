#include "engine/verdict.h"

namespace aup {

std::string SmtpReply::text() const {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

std::vector<const Reason*> Verdict::decisiveReasons() const {
  std::vector<const Reason*> out;
  for (const auto& r : reasons) {
    if (r.action == action) out.push_back(&r);
  }
  return out;
}

}  // namespace aup
