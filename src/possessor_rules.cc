// Names after a country's possessive: "Belgium's Centre for Cybersecurity" is the gazetteer's "Centre
// for Cybersecurity Belgium". News writes the country as a possessor and drops it from the name, so a
// head-word rule finds a generic "Centre for Cybersecurity"; the country and the words the rule found
// rebuild the known name ("X Belgium", "X of Belgium", "X de Belgique"), which is then that entry when
// it belongs to the possessor's country. The possessor stays its own COUNTRY mention.
#include "rule_scan.h"

#include <iterator>

namespace gazette {

void LinkPossessorNames(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const Gazetteer& gz = ctx.gazetteer;
  static const char* const kJoins[] = {" ", " of ", " of the ", " de ", " de la ", " du "};
  for (std::size_t i = 1; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    const Mention& owner = (*mentions)[i - 1];
    if (m.kind != MentionSource::kTokenRule || (m.type != "AGENCY" && m.type != "ORGANIZATION")) continue;
    const std::string_view country = MentionedCountryCode(owner);
    if (country.empty() || owner.demonym || owner.end_token + 1 != m.first_token || scan.key(owner.end_token) != "'s")
      continue;
    const std::string name = scan.FoldedKey(m.first_token, m.end_token);
    // The country as written and its canonical name after the words ("... Belgium", "... of Belgium",
    // "... de Belgique"), or before them, where its demonyms stand too ("Swedish Security Service").
    std::vector<std::string> places = {scan.FoldedKey(owner.first_token, owner.end_token), FoldString(owner.canonical)};
    const std::size_t names_only = places.size();
    if (owner.alias_index != Mention::kNoAliasIndex)
      for (uint32_t a : gz.AliasesOfEntry(gz.alias(owner.alias_index).entry))
        if (gz.alias(a).flags & kAliasDemonym) places.push_back(FoldString(gz.alias(a).text));
    const GazetteerEntry* found = nullptr;
    auto try_key = [&](const std::string& key) {
      for (uint32_t a : gz.AliasesWithKey(key)) {
        const GazetteerEntry& e = gz.entry(gz.alias(a).entry);
        if (e.type == m.type && e.attribute("country") == country) { found = &e; return; }
      }
    };
    for (std::size_t p = 0; p < places.size() && !found; ++p) {
      try_key(places[p] + " " + name);
      for (std::size_t j = 0; p < names_only && j < std::size(kJoins) && !found; ++j) try_key(name + kJoins[j] + places[p]);
    }
    if (!found) continue;
    m.canonical = found->canonical;
    m.canonical_id = found->id;
    m.source = "rule:possessor-known-name";
  }
}

}  // namespace gazette
