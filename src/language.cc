// Language guess by function-word counts: the most frequent words of English and French barely
// overlap, so counting them over the whole document is both cheap and reliable for news-length text.
#include "language.h"

#include <string_view>

namespace gazette {
namespace {

int Score(std::string_view key, bool french) {
  static constexpr std::string_view kEnglish[] = {"the", "and", "of", "to", "in", "is", "that", "for",
                                                  "was", "with", "by", "has", "have", "from", "it", "are"};
  static constexpr std::string_view kFrench[] = {"le", "la", "les", "des", "du", "et", "est", "une", "pour",
                                                 "dans", "que", "qui", "sur", "au", "aux", "l'", "d'", "il", "elle", "de", "un", "ont"};
  if (french) {
    for (std::string_view w : kFrench)
      if (key == w) return 1;
  } else {
    for (std::string_view w : kEnglish)
      if (key == w) return 1;
  }
  return 0;
}

}  // namespace

std::string GuessLanguage(const TokenizedText& text) {
  int en = 0, fr = 0;
  for (const Token& t : text.tokens) {
    if (t.kind != TokenKind::kWord || t.key_size > 5) continue;
    std::string_view k = text.key(t);
    en += Score(k, false);
    fr += Score(k, true);
  }
  return fr > en ? "fr" : "en";
}

}  // namespace gazette
