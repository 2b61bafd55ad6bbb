#pragma once
// FoldedWordSet - a fixed list of lower-case ASCII words, asked "is this word in it?" whatever the
// word's case, without allocating. The name heuristics (dlp_context.cpp) ask it for every word
// around every identifier: on a 64 KB class list the linear scan of a lowered copy was a fifth
// of the content cost, and a bisection's string compares still a twentieth (perf,
// bench/engine_bench attachment-64k-csv-data). So: a hash table, open addressing, at most half full.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "engine/text_util.h"

namespace aup {

class FoldedWordSet {
 public:
  template <std::size_t N>
  explicit FoldedWordSet(const std::string_view (&words)[N]) {
    std::size_t size = 16;
    while (size < 2 * N) size *= 2;
    slots_.assign(size, {});
    for (std::string_view w : words) {
      if (w.size() > kMaxWord) throw std::logic_error("FoldedWordSet: a list word is longer than 64 bytes");
      longest_ = w.size() > longest_ ? w.size() : longest_;
      std::size_t at = hash(w) & (size - 1);
      while (!slots_[at].empty() && slots_[at] != w) at = (at + 1) & (size - 1);
      slots_[at] = w;
    }
  }

  // True when `word`, ASCII letters lower-cased (other bytes as they are), is one of the words.
  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > longest_ || word.size() > kMaxWord) return false;
    char folded[kMaxWord];
    for (std::size_t i = 0; i < word.size(); ++i) folded[i] = asciiLower(word[i]);
    const std::string_view key(folded, word.size());
    for (std::size_t at = hash(key) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at].empty()) return false;
      if (slots_[at] == key) return true;
    }
  }

 private:
  static constexpr std::size_t kMaxWord = 64;  // the folding buffer; longer list words are refused

  static std::uint32_t hash(std::string_view w) {  // FNV-1a
    std::uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h;
  }

  std::vector<std::string_view> slots_;  // empty = free
  std::size_t longest_ = 0;
};

}  // namespace aup
