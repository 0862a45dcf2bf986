// Sentence splitting for English and French over the token stream.
#ifndef GAZETTE_SRC_SENTENCES_H_
#define GAZETTE_SRC_SENTENCES_H_

#include <cstddef>
#include <vector>

#include "tokenize.h"

namespace gazette {

/// A sentence as a half-open range of token indices.
struct SentenceRange {
  std::size_t first = 0;
  std::size_t last = 0;  ///< one past the last token
};

/// Splits `text` into sentences and sets kSentenceInitial on the first word of each.
/// Boundaries: every line break (headlines, bullets and list lines end where their line ends);
/// `.`, `!`, `?`, `…` followed by space and an upper-case letter, digit, quote or bracket, except after
/// abbreviations (Mr. Mrs. Dr. St. M. Mme. Jan. No. ...), single-letter initials ("J. Smith") and
/// dotted initials ("U.S."); closing quotes and brackets after the mark stay in the sentence.
std::vector<SentenceRange> SplitSentences(TokenizedText* text);

}  // namespace gazette

#endif  // GAZETTE_SRC_SENTENCES_H_
