// Splitting tokens into match units. A word's folded key is cut where ASCII digits meet other
// characters; a unit may begin or end a match only where its token does, so no alias ever matches
// half a word ("Ke" never matches inside "Ke3chang").
#include "match_units.h"

namespace gazette {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<MatchUnit> MakeMatchUnits(const TokenizedText& text) {
  std::vector<MatchUnit> units;
  units.reserve(text.tokens.size() + text.tokens.size() / 8);
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const Token& tok = text.tokens[i];
    if (tok.has(kGluedHyphen)) {
      if (!units.empty()) units.back().ends_token = true;
      continue;
    }
    std::string_view key = text.key(tok);
    std::size_t first_unit = units.size();
    if (tok.kind == TokenKind::kWord && (tok.flags & kHasDigit) && key.size() > 1) {
      std::size_t b = 0;
      for (std::size_t k = 1; k <= key.size(); ++k) {
        if (k == key.size() || IsDigit(key[k]) != IsDigit(key[k - 1])) {
          units.push_back({key.substr(b, k - b), static_cast<uint32_t>(i), false, false});
          b = k;
        }
      }
    } else {
      units.push_back({key, static_cast<uint32_t>(i), false, false});
    }
    units[first_unit].starts_token = true;
    units.back().ends_token = true;
  }
  return units;
}

}  // namespace gazette
