// Language guess by function-word counts: the most frequent words of English and French barely
// overlap, so counting them over the whole document is both cheap and reliable for news-length text.
#include "language.h"

#include <string_view>

#include "string_table.h"

namespace gazette {
namespace {

// +1 for an English function word, -1 for a French one.
const StringMap<int>& FunctionWords() {
  static const StringMap<int>* words = [] {
    auto* map = new StringMap<int>;
    for (auto [word, side] : std::initializer_list<std::pair<const char*, int>>{
      {"the", 1}, {"and", 1}, {"of", 1}, {"to", 1}, {"in", 1}, {"is", 1}, {"that", 1}, {"for", 1},
      {"was", 1}, {"with", 1}, {"by", 1}, {"has", 1}, {"have", 1}, {"from", 1}, {"it", 1}, {"are", 1},
      {"le", -1}, {"la", -1}, {"les", -1}, {"des", -1}, {"du", -1}, {"et", -1}, {"est", -1}, {"une", -1},
      {"pour", -1}, {"dans", -1}, {"que", -1}, {"qui", -1}, {"sur", -1}, {"au", -1}, {"aux", -1},
      {"l'", -1}, {"d'", -1}, {"il", -1}, {"elle", -1}, {"de", -1}, {"un", -1}, {"ont", -1}})
      map->emplace(word, side);
    return map;
  }();
  return *words;
}

}  // namespace

std::string GuessLanguage(const TokenizedText& text) {
  const auto& words = FunctionWords();
  int en = 0, fr = 0;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.kind != TokenKind::kWord || t.key_size > 5) continue;
    auto it = words.find(text.key(t), text.key_hashes[i]);
    if (it == words.end()) continue;
    (it->second > 0 ? en : fr) += 1;
  }
  return fr > en ? "fr" : "en";
}

}  // namespace gazette
