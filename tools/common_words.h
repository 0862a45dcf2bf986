// A set of common words (English, French, ...) loaded from word-list files.
#ifndef GAZETTE_TOOLS_COMMON_WORDS_H_
#define GAZETTE_TOOLS_COMMON_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "diagnostics.h"

namespace gazette::import {

/// Words read verbatim, one a line ('#' comment lines and blank lines skipped), e.g.
/// Debian's /usr/share/dict/american-english. Lines are not lower-cased: a capitalised
/// line is a proper noun ("Paris"), not a common word, and never matches a lookup.
class CommonWords {
 public:
  /// Adds the words of one file; on failure adds an error and returns false.
  bool Load(const std::string& path, Diagnostics* diag);
  void Add(std::string word);
  /// True when the lower-cased form of `word` (ToLower) is a listed word.
  bool ContainsLowerCased(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_COMMON_WORDS_H_
