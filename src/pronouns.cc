// Personal pronouns. News goes on about the person it has just named with "she", "il": "La députée X
// fait partie des élus visés. Elle a été informée par l'ANSSI". A third-person pronoun stands for the
// latest entity of the pronoun type (a person) named before it in its sentence or the one before, and for
// nothing when there is none: a pronoun two sentences away, or one with no person before it, stays
// unresolved rather than guessed. A first-person pronoun ("I", "je", "j'") is the speaker of a quote: the
// person named right after the quote closes ("« J'ai été avertie par la DGSI », a déclaré la sénatrice X"),
// else, when the quote is given to a pronoun or opens the sentence ("», a-t-elle confié"), the latest person
// as above. A French object pronoun counts only before an auxiliary ("les services l'ont prévenue"; "l'" is
// mostly an article). Pronouns never carry gender here: names do not say it reliably.
#include "pronouns.h"

#include "relation_rules.h"

#include <algorithm>
#include <string_view>

namespace gazette {

namespace {

// Tokens after a closing quote within which the speaker's name may stand: "», a déclaré la sénatrice X".
constexpr std::size_t kSpeakerWindow = 8;

bool IsClosingQuote(std::string_view k) { return k == "\xC2\xBB" || k == "\xE2\x80\x9D" || k == "\""; }
bool IsOpeningQuote(std::string_view k) { return k == "\xC2\xAB" || k == "\xE2\x80\x9C"; }

// The latest mention of `type` ending at or before token `p`, in sentence `s` or the one before; `m_end` is
// one past the last mention of sentence `s`. mentions.size() for none.
std::size_t LatestBefore(const std::vector<SentenceRange>& sentences, const std::vector<Mention>& mentions,
                         std::string_view type, std::size_t s, std::size_t m_end, std::size_t p) {
  const std::size_t window = sentences[s > 0 ? s - 1 : 0].first;
  for (std::size_t k = m_end; k-- > 0;) {
    if (mentions[k].first_token < window) break;
    if (mentions[k].end_token <= p && mentions[k].type == type && !mentions[k].demonym) return k;
  }
  return mentions.size();
}

// The person named within kSpeakerWindow tokens after the quote that closes after token `p` in the
// sentence ("», a déclaré X", "”, said Senator X"); mentions.size() for none.
std::size_t SpeakerAfter(const TokenizedText& text, const SentenceRange& range, const std::vector<Mention>& mentions,
                         std::string_view type, std::size_t m_end, std::size_t p) {
  std::size_t close = range.last;
  for (std::size_t k = p + 1; k < range.last && close == range.last; ++k)
    if (IsClosingQuote(text.key(k))) close = k;
  if (close == range.last) return mentions.size();
  std::size_t limit = std::min(range.last, close + 1 + kSpeakerWindow);
  for (std::size_t k = close + 1; k < limit; ++k)
    if (IsOpeningQuote(text.key(k))) limit = k;
  for (std::size_t k = 0; k < m_end; ++k) {
    const Mention& x = mentions[k];
    if (x.first_token > close && x.first_token < limit && x.type == type && !x.demonym) return k;
  }
  return mentions.size();
}

}  // namespace

void FindPronouns(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                  const std::vector<Mention>& mentions, const RelationRules& rules, std::size_t s, std::size_t m_end,
                  const std::vector<char>& covered, std::vector<PronounRef>* out) {
  if (rules.pronoun_type.empty()) return;
  const SentenceRange& range = sentences[s];
  for (std::size_t p = range.first; p < range.last; ++p) {
    if (covered[p - range.first] || text.tokens[p].kind != TokenKind::kWord) continue;
    bool third = rules.pronoun_words.contains(text.key(p), text.key_hashes[p]);
    const std::string_view key = text.key(p);
    for (const Phrase& object : rules.object_pronouns)
      third = third || (object.front() == key && PhraseAt(text, p, range.last, object));
    const bool first = !third && rules.speaker_pronouns.contains(text.key(p), text.key_hashes[p]);
    if (!third && !first) continue;
    std::size_t found = mentions.size();
    if (first) found = SpeakerAfter(text, range, mentions, rules.pronoun_type, m_end, p);
    if (found == mentions.size()) found = LatestBefore(sentences, mentions, rules.pronoun_type, s, m_end, p);
    if (found != mentions.size()) out->push_back(PronounRef{static_cast<uint32_t>(p), found});
  }
}

}  // namespace gazette
