#include "scanners/content/extract/text_builder.h"

namespace aup {

void TextBuilder::append(std::string_view s) {
  if (full_) return;
  if (text_.size() + s.size() <= max_) {
    text_.append(s);
    return;
  }
  std::size_t room = max_ - text_.size();
  while (room > 0 && (static_cast<unsigned char>(s[room]) & 0xC0) == 0x80) --room;  // not inside a UTF-8 sequence
  text_.append(s.substr(0, room));
  markFull();
}

void TextBuilder::markFull() {
  full_ = true;
  markTruncated("text cut at the " + std::to_string(max_ >> 10) + " KiB limit (max_text_size)");
}

bool TextBuilder::stopped() {
  if (full_ || late_) return true;
  if (++calls_ % kClockEvery == 0 && deadline_.expired()) {
    late_ = true;
    markTruncated("stopped at the time limit");
  }
  return late_;
}

void TextBuilder::markTruncated(std::string why) {
  if (why_.empty()) why_ = std::move(why);
}

}  // namespace aup
