// A single forward scan over code points. Each code point's class, case and symbol bits come from one
// byte of a table: a compile-time one for ASCII, and one computed with ICU's character properties
// (u_isalpha, u_charType) on first use for the rest of the BMP. That gives the same word boundaries as
// ICU's word BreakIterator on letters and digits while letting us apply the rules that matter for
// names (hyphen compounds, initials, elision, possessives, glue) in the same pass. Each token's folded
// key and its hash are written when the token is emitted, so no later pass walks the text again.
#include "tokenize.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "normalize.h"
#include "string_table.h"

namespace gazette {
namespace {

enum class CharClass : uint8_t { kLetter, kDigit, kMark, kSpace, kNewline, kApostrophe, kHyphen, kOther, kInvisible };

// The ASCII rules of the classifier, usable at compile time (the ASCII table is built from them).
constexpr CharClass ClassifyAscii(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') return CharClass::kNewline;
  if (cp == ' ' || cp == '\t' || cp == 0) return CharClass::kSpace;
  if (cp == '\'' || cp == '`') return CharClass::kApostrophe;
  if (cp == '-') return CharClass::kHyphen;
  return CharClass::kOther;
}

// The definition of every class; the tables below only cache its answers.
CharClass ClassifyWithIcu(char32_t cp) {
  if (cp < 0x80) return ClassifyAscii(cp);
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4) return CharClass::kApostrophe;
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return CharClass::kInvisible;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return CharClass::kNewline;
  UChar32 c = static_cast<UChar32>(cp);
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK)
    return CharClass::kMark;
  if (u_isalpha(c)) return CharClass::kLetter;
  if (type == U_DECIMAL_DIGIT_NUMBER) return CharClass::kDigit;
  if (type == U_SPACE_SEPARATOR || u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (type == U_DASH_PUNCTUATION || cp == 0x2212) return CharClass::kHyphen;
  return CharClass::kOther;
}

bool IsUpperWithIcu(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool IsLowerWithIcu(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}
// A one-code-point token of class kOther is a symbol (not punctuation) for these.
bool IsSymbolWithIcu(char32_t cp) {
  if (cp < 0x80)
    return cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '|' || cp == '~';
  int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
}

// Everything the scanner asks about a code point, in one byte: the class in the low four bits.
enum CharBits : uint8_t { kClassMask = 0x0F, kUpperBit = 0x10, kLowerBit = 0x20, kSymbolBit = 0x40, kDigitBit = 0x80 };

uint8_t ComputeCharBits(char32_t cp) {
  CharClass c = ClassifyWithIcu(cp);
  return static_cast<uint8_t>(static_cast<uint8_t>(c) | (IsUpperWithIcu(cp) ? kUpperBit : 0) |
                              (IsLowerWithIcu(cp) ? kLowerBit : 0) | (IsSymbolWithIcu(cp) ? kSymbolBit : 0) |
                              (c == CharClass::kDigit ? kDigitBit : 0));
}

// ASCII at compile time: most of every text never reaches ICU or a lazily built table.
constexpr std::array<uint8_t, 128> kAsciiBits = [] {
  std::array<uint8_t, 128> t{};
  for (char32_t cp = 0; cp < 128; ++cp) {
    bool upper = cp >= 'A' && cp <= 'Z', lower = cp >= 'a' && cp <= 'z';
    bool symbol = cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '|' || cp == '~';
    CharClass c = ClassifyAscii(cp);
    t[cp] = static_cast<uint8_t>(static_cast<uint8_t>(c) | (upper ? kUpperBit : 0) | (lower ? kLowerBit : 0) |
                                 (symbol ? kSymbolBit : 0) | (c == CharClass::kDigit ? kDigitBit : 0));
  }
  return t;
}();

// AppendFoldedDefault of each ASCII character (lower case; tab → space; ` → ').
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    char f = static_cast<char>(c);
    if (f >= 'A' && f <= 'Z') f = static_cast<char>(f - 'A' + 'a');
    else if (f == '\t') f = ' ';
    else if (f == '`') f = '\'';
    t[static_cast<std::size_t>(c)] = f;
  }
  return t;
}();

// Sixteen code points at once (SSE2, part of every x86-64 CPU): bit j of each mask describes p[j].
// Narrowing saturates, so a code point above 0xFF becomes 0xFF and every non-ASCII one has its high bit
// set. `folded` holds kAsciiFold of each ASCII code point. The scalar paths below give the same
// answers one code point at a time, and handle what is left near the end of the text.
#if defined(__SSE2__) && defined(__GNUC__)
struct AsciiBlock {
  uint32_t non_ascii, upper, lower, digit;
  __m128i folded;
};

inline __m128i InRange(__m128i bytes, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(hi + 1))));
}

inline uint32_t Mask(__m128i v) { return static_cast<uint32_t>(_mm_movemask_epi8(v)); }

inline AsciiBlock ReadBlock(const char32_t* p) {
  const auto* v = reinterpret_cast<const __m128i*>(p);
  const __m128i bytes = _mm_packus_epi16(_mm_packs_epi32(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
                                         _mm_packs_epi32(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));
  const __m128i upper = InRange(bytes, 'A', 'Z');
  __m128i folded = _mm_add_epi8(bytes, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  const __m128i tab = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'));
  const __m128i backtick = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('`'));
  const __m128i replaced =
      _mm_or_si128(_mm_and_si128(tab, _mm_set1_epi8(' ')), _mm_and_si128(backtick, _mm_set1_epi8('\'')));
  folded = _mm_or_si128(_mm_andnot_si128(_mm_or_si128(tab, backtick), folded), replaced);
  return {Mask(bytes), Mask(upper), Mask(InRange(bytes, 'a', 'z')), Mask(InRange(bytes, '0', '9')), folded};
}

inline unsigned CountTrailingOnes(uint32_t mask) { return static_cast<unsigned>(__builtin_ctz(~mask)); }
#endif

// The rest of the Basic Multilingual Plane, computed with ICU once, on first use (thread-safe).
class BmpCharBits {
 public:
  BmpCharBits() {
    for (char32_t cp = 0; cp < 0x10000; ++cp) bits_[cp] = ComputeCharBits(cp);
  }
  uint8_t operator[](char32_t cp) const { return bits_[cp]; }

 private:
  std::array<uint8_t, 0x10000> bits_{};
};

const BmpCharBits& Bmp() {
  static const auto* table = new BmpCharBits();  // never destroyed: threads may still be tokenizing at exit
  return *table;
}

inline uint8_t CharBitsOf(char32_t cp) {
  if (cp < 0x80) return kAsciiBits[cp];
  if (cp < 0x10000) return Bmp()[cp];
  return ComputeCharBits(cp);
}

inline CharClass Classify(char32_t cp) { return static_cast<CharClass>(CharBitsOf(cp) & kClassMask); }
inline bool IsUpper(char32_t cp) { return (CharBitsOf(cp) & kUpperBit) != 0; }
inline bool IsLower(char32_t cp) { return (CharBitsOf(cp) & kLowerBit) != 0; }

bool IsElisionPrefix(std::string_view folded) {
  static constexpr std::string_view kPrefixes[] = {"l", "d", "j", "m", "n", "s", "t", "c",
                                                   "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
  for (std::string_view p : kPrefixes)
    if (folded == p) return true;
  return false;
}

class Scanner {
 public:
  explicit Scanner(TokenizedText* out) : out_(out), cps_(out->decoded.cps.data()), n_(out->decoded.cps.size()) {}

  void Run() {
    const std::size_t n = n_;
    out_->tokens.reserve(n / 5 + 1);
    out_->keys.resize(n + n / 8 + 16);
    out_->key_hashes.reserve(n / 5 + 1);
    std::size_t i = 0;
    while (i < n) {
      CharClass cls = Classify(cps_[i]);
      switch (cls) {
        case CharClass::kSpace:
        case CharClass::kInvisible:
          space_ = true;
          ++i;
          break;
        case CharClass::kNewline:
          space_ = true;
          if (cps_[i] == '\n' || cps_[i] != '\r') {
            if (newline_) paragraph_ = true;
            newline_ = true;
          }
          ++i;
          break;
        case CharClass::kLetter:
        case CharClass::kDigit:
        case CharClass::kMark:
          i = ScanWord(i);
          // The usual single space after a word, taken here as the kSpace case would: saves a dispatch.
          if (i < n && cps_[i] == ' ') {
            space_ = true;
            ++i;
          }
          break;
        case CharClass::kHyphen:
          if (!space_ && !out_->tokens.empty() && i + 1 < n && IsWordStart(cps_[i + 1]) &&
              out_->tokens.back().kind != TokenKind::kPunct && out_->tokens.back().end == i) {
            Emit(i, i + 1, TokenKind::kPunct, kGluedHyphen);
          } else {
            Emit(i, i + 1, TokenKind::kPunct, 0);
          }
          ++i;
          break;
        case CharClass::kApostrophe:
          i = ScanApostrophe(i);
          break;
        case CharClass::kOther:
          Emit(i, i + 1, (CharBitsOf(cps_[i]) & kSymbolBit) ? TokenKind::kSymbol : TokenKind::kPunct, 0);
          ++i;
          break;
      }
    }
    out_->keys.resize(key_size_);
  }

 private:
  static bool IsWordStart(char32_t cp) {
    CharClass c = Classify(cp);
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }

  // Appends the token with its folded key and the key's hash, computed while the key is in cache.
  // Keys are written straight into `keys`, which Run keeps larger than needed and trims at the end:
  // an ASCII code point folds to exactly one byte, so one room check per token covers them.
  void Emit(std::size_t b, std::size_t e, TokenKind kind, uint16_t extra) {
    // Flags and sizes stay in locals and the token is written in place at the end: a Token built on
    // the stack field by field and then copied whole stalls on the copy's wide load.
    uint16_t flags = extra;
    if (space_ || out_->tokens.empty()) flags |= kSpaceBefore;
    if (newline_) flags |= kNewlineBefore;
    if (paragraph_) flags |= kParagraphBefore;
    const std::size_t key_begin = key_size_;
    ReserveKeyBytes(std::max<std::size_t>(e - b, 16));
    char* key = &out_->keys[0];
    const char32_t* cps = cps_;
    std::size_t written = key_size_;  // a local: stores through `key` may alias members
#if defined(__SSE2__) && defined(__GNUC__)
    // Most tokens: at most 16 ASCII code points, folded and flagged without a loop.
    if (e - b <= 16 && b + 16 <= n_) {
      const AsciiBlock block = ReadBlock(cps + b);
      const uint32_t in_token = (1u << (e - b)) - 1;
      if ((block.non_ascii & in_token) == 0) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(key + written), block.folded);
        written += e - b;
        const uint32_t letters = (block.upper | block.lower) & in_token;
        const uint32_t first_letter = letters & (0u - letters);  // the lowest set bit
        if (first_letter & block.upper) flags |= kCapitalized;
        if (block.digit & in_token) flags |= kHasDigit;
        if (letters != 0 && (block.lower & in_token) == 0) flags |= kAllCaps;
        FinishToken(b, e, kind, flags, key_begin, written);
        return;
      }
    }
#endif
    // The leading ASCII run: fold through the table and OR the bits (every ASCII letter has a case).
    std::size_t k = b;
    uint8_t seen = 0;
    for (; k < e && cps[k] < 0x80; ++k) {
      seen |= kAsciiBits[cps[k]];
      key[written++] = kAsciiFold[cps[k]];
    }
    bool first_letter_seen = false;
    for (std::size_t j = b; j < k; ++j) {
      uint8_t bits = kAsciiBits[cps[j]];
      if (bits & (kUpperBit | kLowerBit)) {
        first_letter_seen = true;
        if (bits & kUpperBit) flags |= kCapitalized;
        break;
      }
    }
    bool any_letter = (seen & (kUpperBit | kLowerBit)) != 0, any_lower = (seen & kLowerBit) != 0;
    bool any_digit = (seen & kDigitBit) != 0;
    // The rest, from the first non-ASCII code point: the same flags, from each code point's class.
    for (; k < e; ++k) {
      char32_t cp = cps[k];
      if (cp < 0x80) {
        uint8_t bits = kAsciiBits[cp];
        if (!first_letter_seen && (bits & (kUpperBit | kLowerBit))) {
          first_letter_seen = true;
          if (bits & kUpperBit) flags |= kCapitalized;
        }
        any_letter |= (bits & (kUpperBit | kLowerBit)) != 0;
        any_lower |= (bits & kLowerBit) != 0;
        any_digit |= (bits & kDigitBit) != 0;
        key[written++] = kAsciiFold[cp];
        continue;
      }
      folded_.clear();
      AppendFoldedDefault(cp, &folded_);
      key_size_ = written;
      ReserveKeyBytes(folded_.size() + (e - k));
      key = &out_->keys[0];
      std::memcpy(key + written, folded_.data(), folded_.size());
      written += folded_.size();
      uint8_t bits = CharBitsOf(cp);
      if (static_cast<CharClass>(bits & kClassMask) == CharClass::kLetter) {
        any_letter = true;
        if (bits & kLowerBit) any_lower = true;
        if (!first_letter_seen) {
          first_letter_seen = true;
          if (bits & kUpperBit) flags |= kCapitalized;
        }
      }
      any_digit |= (bits & kDigitBit) != 0;
    }
    if (any_digit) flags |= kHasDigit;
    if (any_letter && !any_lower) flags |= kAllCaps;
    FinishToken(b, e, kind, flags, key_begin, written);
  }

  // Appends the token whose key is keys[key_begin, key_end), with the key's hash.
  void FinishToken(std::size_t b, std::size_t e, TokenKind kind, uint16_t flags, std::size_t key_begin,
                   std::size_t key_end) {
    key_size_ = key_end;
    Token& t = out_->tokens.emplace_back();
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.key_begin = static_cast<uint32_t>(key_begin);
    t.key_size = static_cast<uint32_t>(key_end - key_begin);
    t.kind = kind;
    t.flags = flags;
    out_->key_hashes.push_back(HashBytes(std::string_view(out_->keys.data() + key_begin, key_end - key_begin)));
    space_ = newline_ = paragraph_ = false;
  }

  // Makes room for `bytes` more key bytes after the first key_size_.
  void ReserveKeyBytes(std::size_t bytes) {
    std::string& keys = out_->keys;
    if (key_size_ + bytes > keys.size()) keys.resize(std::max(2 * keys.size(), key_size_ + bytes));
  }

  // Scans a word (or number) starting at i; returns the index after it.
  std::size_t ScanWord(std::size_t start) {
    const std::size_t n = n_;
    std::size_t i = start;
    bool all_digits = true;
    bool lower_run_only = true;  // every letter so far is lower case (for the glue rule)
    std::size_t letters = 0;
    while (i < n) {
      // The common case first: a run of lower-case ASCII letters, which the letter branch below would
      // take one at a time (they never trigger the glue rule and keep lower_run_only as it is).
      std::size_t run = i;
#if defined(__SSE2__) && defined(__GNUC__)
      for (unsigned ones = 16; ones == 16 && run + 16 <= n; run += ones)
        ones = CountTrailingOnes(ReadBlock(cps_ + run).lower);
#endif
      while (run < n && cps_[run] < 0x80 && (kAsciiBits[cps_[run]] & kLowerBit)) ++run;
      if (run != i) {
        letters += run - i;
        all_digits = false;
        i = run;
        if (i >= n) break;
      }
      char32_t cp = cps_[i];
      CharClass c = Classify(cp);
      if (c == CharClass::kLetter) {
        if (IsUpper(cp) && lower_run_only && letters >= 2 && i + 1 < n && IsLower(cps_[i + 1])) break;  // glue
        if (!IsLower(cp)) lower_run_only = false;
        ++letters;
        all_digits = false;
        ++i;
      } else if (c == CharClass::kDigit) {
        lower_run_only = false;
        ++i;
      } else if (c == CharClass::kMark || c == CharClass::kInvisible) {
        ++i;
      } else if ((cp == '.' || cp == ',') && all_digits && i + 1 < n && Classify(cps_[i + 1]) == CharClass::kDigit &&
                 i > start) {
        i += 2;  // 3.5, 1,000
      } else if (cp == '.' && letters == 1 && i == start + 1 + CountMarks(start + 1, i) && IsInitialsChain(start)) {
        return ScanInitials(start);
      } else {
        break;
      }
    }
    // Apostrophe handling needs the word's folded form: elision splits after the apostrophe.
    if (i < n && Classify(cps_[i]) == CharClass::kApostrophe && i + 1 < n && IsWordStart(cps_[i + 1])) {
      std::string folded;
      for (std::size_t k = start; k < i; ++k) AppendFoldedDefault(cps_[k], &folded);
      if (IsElisionPrefix(folded)) {
        Emit(start, i + 1, TokenKind::kWord, 0);
        return i + 1;
      }
      bool possessive = (cps_[i + 1] == 's' || cps_[i + 1] == 'S') && (i + 2 >= n || !IsWordStart(cps_[i + 2]));
      if (!possessive) {
        // O'Connor, aujourd'hui, don't: the apostrophe joins; continue the word after it.
        std::size_t after = ScanWordTail(i + 1);
        Emit(start, after, TokenKind::kWord, 0);
        return after;
      }
    }
    Emit(start, i, all_digits ? TokenKind::kNumber : TokenKind::kWord, 0);
    return i;
  }

  std::size_t CountMarks(std::size_t from, std::size_t to) const {
    std::size_t m = 0;
    for (std::size_t k = from; k < to; ++k)
      if (Classify(cps_[k]) == CharClass::kMark) ++m;
    return m;
  }

  // "U.S", "E.F.G": single letters separated by dots.
  bool IsInitialsChain(std::size_t start) const {
    const std::size_t n = n_;
    std::size_t i = start + 1;  // at '.'
    return i + 1 < n && Classify(cps_[i + 1]) == CharClass::kLetter &&
           (i + 2 >= n || !IsWordStart(cps_[i + 2]));
  }

  std::size_t ScanInitials(std::size_t start) {
    const std::size_t n = n_;
    std::size_t i = start + 1;
    while (i + 1 < n && cps_[i] == '.' && Classify(cps_[i + 1]) == CharClass::kLetter &&
           (i + 2 >= n || !IsWordStart(cps_[i + 2]))) {
      i += 2;
    }
    // The closing dot of "U.S." belongs to the abbreviation, unless it also ends the line or text,
    // where it is the sentence's full stop.
    if (i < n && cps_[i] == '.') {
      std::size_t k = i + 1;
      while (k < n && (cps_[k] == ' ' || cps_[k] == '\t')) ++k;
      bool line_end = k >= n || Classify(cps_[k]) == CharClass::kNewline;
      if (!line_end) ++i;
    }
    Emit(start, i, TokenKind::kWord, 0);
    return i;
  }

  std::size_t ScanWordTail(std::size_t i) const {
    const std::size_t n = n_;
    while (i < n) {
      CharClass c = Classify(cps_[i]);
      if (c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark || c == CharClass::kInvisible) {
        ++i;
      } else if (c == CharClass::kApostrophe && i + 1 < n && IsWordStart(cps_[i + 1]) &&
                 !((cps_[i + 1] == 's' || cps_[i + 1] == 'S') && (i + 2 >= n || !IsWordStart(cps_[i + 2])))) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }

  std::size_t ScanApostrophe(std::size_t i) {
    const std::size_t n = n_;
    // Possessive "'s" glued to the previous word.
    if (!space_ && !out_->tokens.empty() && out_->tokens.back().end == i && i + 1 < n &&
        (cps_[i + 1] == 's' || cps_[i + 1] == 'S') && (i + 2 >= n || !IsWordStart(cps_[i + 2]))) {
      Emit(i, i + 2, TokenKind::kWord, 0);
      return i + 2;
    }
    Emit(i, i + 1, TokenKind::kPunct, 0);
    return i + 1;
  }

  TokenizedText* out_;
  const char32_t* cps_;  // the decoded code points (a pointer: keys are written through char*, which
                         // would otherwise make the compiler reload a vector's data pointer)
  std::size_t n_;
  std::size_t key_size_ = 0;  // bytes of out_->keys in use (the rest is room for the next keys)
  std::string folded_;        // one non-ASCII code point's folded form, reused
  bool space_ = true;
  bool newline_ = false;
  bool paragraph_ = false;
};

}  // namespace

bool IsWordChar(char32_t cp) {
  CharClass c = Classify(cp);
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

TokenizedText Tokenize(DecodedText decoded) {
  TokenizedText out;
  out.decoded = std::move(decoded);
  Scanner(&out).Run();
  return out;
}

TokenizedText Tokenize(std::string_view text) { return Tokenize(DecodeUtf8(text)); }

}  // namespace gazette
