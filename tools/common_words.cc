// Names like "Mirage", "Nickel" or "Turbine" are also ordinary words, so an alias that is a
// common word gets the {cap} flag (matched only when capitalised as in the alias) and a
// short one is dropped. Which words are common comes from word lists, one word a line;
// the lookup lower-cases the alias, and the list is taken as written so its capitalised
// proper nouns do not count.

#include "common_words.h"

#include <utility>

#include "json_input.h"
#include "text_fold.h"

namespace gazette::import {

bool CommonWords::Load(const std::string& path, Diagnostics* diag) {
  std::string text;
  if (!ReadTextFile(path, &text, diag)) return false;
  std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // UTF-8 BOM
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') Add(std::string(line));
    start = end + 1;
  }
  return true;
}

void CommonWords::Add(std::string word) { words_.insert(std::move(word)); }

bool CommonWords::ContainsLowerCased(std::string_view word) const {
  return words_.count(ToLower(word)) > 0;
}

}  // namespace gazette::import
