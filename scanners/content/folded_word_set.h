#pragma once
// FoldedWordSet - a fixed list of lower-case ASCII words, asked "is this word in it?" whatever the
// word's case, without allocating. The name heuristics (dlp_context.cpp) ask it for every word
// around every identifier: on a 64 KB class list the linear scan of a lowered copy was a fifth
// of the content cost (perf, bench/engine_bench attachment-64k-csv-data).

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace aup {

class FoldedWordSet {
 public:
  template <std::size_t N>
  explicit FoldedWordSet(const std::string_view (&words)[N]) : words_(std::begin(words), std::end(words)) {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    for (auto w : words_) longest_ = std::max(longest_, w.size());
    if (longest_ > kMaxWord) throw std::logic_error("FoldedWordSet: a list word is longer than 64 bytes");
  }

  // True when `word`, ASCII letters lower-cased (other bytes as they are), is one of the words.
  bool contains(std::string_view word) const {
    if (word.size() > longest_) return false;
    char folded[kMaxWord];
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return std::binary_search(words_.begin(), words_.end(), std::string_view(folded, word.size()));
  }

 private:
  static constexpr std::size_t kMaxWord = 64;  // the folding buffer; longer list words are refused
  std::vector<std::string_view> words_;         // sorted, distinct
  std::size_t longest_ = 0;
};

}  // namespace aup
