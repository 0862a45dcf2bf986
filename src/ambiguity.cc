// Ambiguous names resolved by evidence inside the document: other, unambiguous mentions of a
// candidate entry; the countries the document mentions; its language. Each piece of evidence is a
// count or a flag per candidate, compared in that order (the alias marked {preferred} comes before
// the language); the first candidate with the strongest
// evidence wins, so without any the entry listed first keeps the name.
#include "ambiguity.h"

#include <string>
#include <tuple>

namespace gazette {

void ResolveAmbiguousAliases(const Gazetteer& gazetteer, const TokenizedText& tokens, std::string_view lang,
                             std::vector<Mention>* mentions) {
  auto ambiguous = [&](const Mention& m) {
    return m.alias_index != Mention::kNoAliasIndex && (gazetteer.alias(m.alias_index).flags & kAliasAmbiguous) != 0;
  };
  bool any = false;
  for (const Mention& m : *mentions) any = any || ambiguous(m);
  if (!any) return;
  // Evidence: entries named without ambiguity, and how often each country is mentioned.
  StringMap<int> named, countries;
  // A country counts where it is named ("Dutch", "the Netherlands") and where an entry of its is
  // ("the Treasury" for US).
  for (const Mention& m : *mentions) {
    if (ambiguous(m)) continue;
    ++named[m.canonical_id];
    if (std::string_view code = MentionedCountryCode(m); !code.empty())
      ++countries[code];
    else if (m.alias_index != Mention::kNoAliasIndex) {
      std::string country = gazetteer.entry(gazetteer.alias(m.alias_index).entry).attribute("country");
      if (!country.empty()) ++countries[country];
    }
  }
  auto count = [](const StringMap<int>& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() ? 0 : it->second;
  };
  for (Mention& m : *mentions) {
    if (!ambiguous(m)) continue;
    GazetteerHit hit{m.first_token, m.end_token, m.alias_index};
    std::vector<uint32_t> candidates = gazetteer.AmbiguousAlternatives(tokens, hit);
    if (candidates.empty()) continue;
    candidates.insert(candidates.begin(), m.alias_index);
    uint32_t best = m.alias_index;
    std::tuple<int, int, int, int> best_score{-1, -1, -1, -1};
    for (uint32_t a : candidates) {
      const GazetteerEntry& e = gazetteer.entry(gazetteer.alias(a).entry);
      const std::string country = e.attribute("country"), entry_lang = e.attribute("lang");
      // Language: +1 for an entry of the document's language, -1 for one of another language.
      const int lang_fit = entry_lang.empty() ? 0 : entry_lang == lang ? 1 : -1;
      const int preferred = (gazetteer.alias(a).flags & kAliasPreferred) != 0 ? 1 : 0;
      std::tuple<int, int, int, int> score{count(named, e.id), country.empty() ? 0 : count(countries, country),
                                           preferred, lang_fit};
      if (score > best_score) {
        best_score = score;
        best = a;
      }
    }
    if (best == m.alias_index) continue;
    TakeAlias(gazetteer, best, &m);
  }
}

}  // namespace gazette
