// Rule stages that find names no gazetteer lists. Each stage reads tokens and earlier mentions and
// appends candidate mentions; the overlap policy (overlap.cc) decides among them afterwards, so the
// stages stay independent and each is simple: a cue phrase next to a capitalized name, a head word
// inside a capitalized phrase, a parenthesized acronym next to its long form, a signature-list line.
// The stages live in one file each (pattern_rules.cc, token_rules.cc, acronym_rules.cc,
// country_code_rules.cc, coreference.cc, entity_guards.cc); this file builds their lookup indexes.
#include "entity_rules.h"

namespace gazette {

void IndexEntityRules(EntityRules* rules) {
  for (CueRule& rule : rules->cue_rules) {
    rule.context_first_words.clear();
    for (const Phrase& p : rule.context_before)
      if (!p.empty()) rule.context_first_words.insert(p[0]);
  }
  rules->pattern_prefilter.reset();
  if (!rules->patterns.empty()) rules->pattern_prefilter = CompilePatternPrefilter(rules->patterns);
  rules->cue_index.clear();
  for (std::size_t r = 0; r < rules->cue_rules.size(); ++r)
    for (std::size_t c = 0; c < rules->cue_rules[r].cues.size(); ++c) rules->cue_index.Add(rules->cue_rules[r].cues[c], {r, c});
  rules->head_index.clear();
  for (std::size_t r = 0; r < rules->head_rules.size(); ++r)
    for (std::size_t h = 0; h < rules->head_rules[r].heads.size(); ++h)
      rules->head_index[rules->head_rules[r].heads[h][0]].emplace_back(r, h);
}

}  // namespace gazette
