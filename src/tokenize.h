// Tokens with exact spans, folded keys and shape attributes.
#ifndef GAZETTE_SRC_TOKENIZE_H_
#define GAZETTE_SRC_TOKENIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace gazette {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

/// Token attribute bits.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,      ///< the first letter is upper or title case
  kAllCaps = 1 << 1,          ///< has letters, none lower case
  kHasDigit = 1 << 2,
  kSentenceInitial = 1 << 3,  ///< first word token of its sentence (set by the sentence splitter)
  kSpaceBefore = 1 << 4,      ///< white space (or the text start) precedes the token
  kNewlineBefore = 1 << 5,    ///< a line break lies between the previous token and this one
  kGluedHyphen = 1 << 6,      ///< a hyphen joined to words on both sides ("CERT-FR"): part of a compound
  kParagraphBefore = 1 << 7,  ///< a blank line lies between the previous token and this one
};

/// One token. Spans are code-point indices into TokenizedText::decoded; `key` is the folded form.
struct Token {
  uint32_t begin = 0;       ///< first code point
  uint32_t end = 0;         ///< one past the last code point
  uint32_t key_begin = 0;   ///< offset of the folded form in TokenizedText::keys
  uint32_t key_size = 0;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  bool has(uint16_t f) const { return (flags & f) != 0; }
};

/// A tokenized text: the decoded code points, tokens in order, and one buffer of folded keys.
struct TokenizedText {
  DecodedText decoded;
  std::vector<Token> tokens;
  std::string keys;
  std::vector<uint64_t> key_hashes;  ///< HashBytes of each token's key, for the rule tables' lookups
  std::string_view key(const Token& t) const { return std::string_view(keys).substr(t.key_begin, t.key_size); }
  std::string_view key(std::size_t i) const { return key(tokens[i]); }
  uint32_t byte_begin(const Token& t) const { return decoded.byte_of[t.begin]; }
  uint32_t byte_end(const Token& t) const { return decoded.byte_of[t.end]; }
};

/// Splits text into tokens. Rules (tested in tests/tokenize_test.cc):
///  - words are runs of letters, digits and combining marks ("Ke3chang", "APT31");
///  - a hyphen between two word characters is its own token flagged kGluedHyphen, so "CERT-FR" is
///    CERT, -, FR (compound) and "Russia-linked" still yields the word Russia;
///  - initials with dots stay one token ("U.S.", "U.K.", "E.F.G"); numbers keep inner . and , ("3.5");
///  - French elision splits after the apostrophe ("l’" + "ANSSI", "d’" + "informations");
///  - the English possessive is its own token ("China" + "’s"); other inner apostrophes join ("O’Connor");
///  - a run of at least two lower-case letters followed by an upper-case then lower-case letter is
///    split there, to undo scraping glue ("watchFrance" → "watch" + "France"; "iPhone", "macOS" stay);
///  - every other non-space character is a one-character punctuation or symbol token.
TokenizedText Tokenize(std::string_view text);

/// Same, over already-decoded text (used when the caller needs the DecodedText anyway).
TokenizedText Tokenize(DecodedText decoded);

/// True for the code points the tokenizer treats as letters (ICU alphabetic, plus marks).
bool IsWordChar(char32_t cp);

}  // namespace gazette

#endif  // GAZETTE_SRC_TOKENIZE_H_
