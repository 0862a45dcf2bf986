// Relation extraction: trigger phrases with ordered, typed arguments inside one sentence.
#ifndef GAZETTE_SRC_RELATION_RULES_H_
#define GAZETTE_SRC_RELATION_RULES_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "mention.h"
#include "rules.h"
#include "sentences.h"
#include "tokenize.h"

namespace gazette {

// True when phrase `p` stands at token i, ending at or before `limit`. Called for every position and
// phrase of the checks around a trigger (and by pronouns.cc): compares key sizes first and
// reads keys straight from the buffer (TokenizedText::key checks bounds).
inline bool PhraseAt(const TokenizedText& t, std::size_t i, std::size_t limit, const Phrase& p) {
  const std::size_t n = p.size();
  if (i + n > limit) return false;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& tok = t.tokens[i + k];
    const std::string& w = p[k];
    if (tok.key_size != w.size() || std::memcmp(t.keys.data() + tok.key_begin, w.data(), w.size()) != 0) return false;
  }
  return true;
}


/// A relation over mention indices, with its trigger as a token range.
struct FoundRelation {
  std::string_view type;  ///< the rule's relation name
  std::size_t head = 0;
  std::size_t tail = 0;
  uint32_t trigger_first = 0, trigger_end = 0;
  std::size_t sentence = 0;
  const RelationRule* rule = nullptr;
};

/// Applies every rule to every sentence. `mentions` are final (non-overlapping, sorted); `lang` is
/// the document language (rules with another `lang` are skipped). Work per sentence is bounded by
/// `max_sentence_tokens` (longer sentences are skipped, and reported through `skipped`).
std::vector<FoundRelation> ExtractRelations(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                                            const std::vector<Mention>& mentions, const RelationRules& rules,
                                            const std::string& lang, std::size_t max_sentence_tokens,
                                            std::size_t* skipped);

}  // namespace gazette

#endif  // GAZETTE_SRC_RELATION_RULES_H_
