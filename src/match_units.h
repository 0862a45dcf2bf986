// Match units: the token stream as gazetteers and patterns see it.
#ifndef GAZETTE_SRC_MATCH_UNITS_H_
#define GAZETTE_SRC_MATCH_UNITS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenize.h"

namespace gazette {

/// One unit: a token, or the letter or digit part of a word that mixes both. Glued hyphens are
/// dropped. So "APT31", "APT 31" and "APT-31" are all units [apt, 31], and "CERT-FR" and "CERT FR"
/// are [cert, fr]: one alias matches every spacing variant without generating variants.
struct MatchUnit {
  std::string_view key;     ///< folded text of the unit (a slice of TokenizedText::keys)
  uint32_t token = 0;       ///< the token it belongs to
  bool starts_token = true; ///< a match may start here (token start, or after a glued hyphen)
  bool ends_token = true;   ///< a match may end here (token end, or before a glued hyphen)
  uint64_t hash = 0;        ///< HashBytes(key): the token's own hash when the unit is the whole token
};

/// Units of a whole tokenized text, in order.
std::vector<MatchUnit> MakeMatchUnits(const TokenizedText& text);

}  // namespace gazette

#endif  // GAZETTE_SRC_MATCH_UNITS_H_
