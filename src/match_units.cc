// Splitting tokens into match units. A word's folded key is cut where ASCII digits meet other
// characters; a unit may begin or end a match only where its token does, so no alias ever matches
// half a word ("Ke" never matches inside "Ke3chang").
#include "match_units.h"

#include "string_table.h"

namespace gazette {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Appends a unit that neither starts nor ends its token (the caller marks the ends). Fields are written
// in place: a MatchUnit built field by field on the stack and then copied stalls on the copy's wide loads.
void AddUnit(std::vector<MatchUnit>* units, std::string_view key, std::size_t token, uint64_t hash) {
  MatchUnit& u = units->emplace_back();
  u.key = key;
  u.token = static_cast<uint32_t>(token);
  u.starts_token = false;
  u.ends_token = false;
  u.hash = hash;
}

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
    // The full stop after "U.S" at a line end is not part of the name's units.
    if (key == "." && i > 0 && !tok.has(kSpaceBefore) && text.tokens[i - 1].kind == TokenKind::kWord &&
        text.key(i - 1).find('.') != std::string_view::npos)
      continue;
    std::size_t first_unit = units.size();
    if (tok.kind == TokenKind::kWord && (tok.flags & kHasDigit) && key.size() > 1) {
      std::size_t b = 0;
      for (std::size_t k = 1; k <= key.size(); ++k) {
        if (k == key.size() || IsDigit(key[k]) != IsDigit(key[k - 1])) {
          std::string_view part = key.substr(b, k - b);
          AddUnit(&units, part, i, HashBytes(part));
          b = k;
        }
      }
    } else {
      // Dotted initials match with or without their closing dot ("U.S." and "U.S" at a sentence end).
      bool whole = true;
      if (key.size() > 2 && key.back() == '.' && key.find('.') < key.size() - 1) key.remove_suffix(1), whole = false;
      AddUnit(&units, key, i, whole ? text.key_hashes[i] : HashBytes(key));
    }
    units[first_unit].starts_token = true;
    units.back().ends_token = true;
  }
  return units;
}

}  // namespace gazette
