// Personal pronouns as relation arguments: "She was informed by the DGSI", "« J'ai été prévenue par
// l'ANSSI », a-t-elle confié".
#ifndef GAZETTE_SRC_PRONOUNS_H_
#define GAZETTE_SRC_PRONOUNS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mention.h"
#include "rules.h"
#include "sentences.h"
#include "tokenize.h"

namespace gazette {

/// A pronoun at token `token` that stands for mentions[mention].
struct PronounRef {
  uint32_t token = 0;
  std::size_t mention = 0;
};

/// The pronouns of sentence `s` (RelationRules::pronoun_words and speaker_pronouns) that have an
/// antecedent. `m_end` is one past the sentence's last mention; `covered` marks the sentence's tokens
/// inside a mention (a pronoun there is part of a name).
void FindPronouns(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                  const std::vector<Mention>& mentions, const RelationRules& rules, std::size_t s, std::size_t m_end,
                  const std::vector<char>& covered, std::vector<PronounRef>* out);

}  // namespace gazette

#endif  // GAZETTE_SRC_PRONOUNS_H_
