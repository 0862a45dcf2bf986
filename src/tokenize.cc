// A single forward scan over code points. ASCII takes a table-free fast path; other characters are
// classified with ICU's character properties (u_isalpha, u_charType), which gives the same word
// boundaries as ICU's word BreakIterator on letters and digits while letting us apply the rules that
// matter for names (hyphen compounds, initials, elision, possessives, glue) in the same pass.
#include "tokenize.h"

#include "string_table.h"

#include <unicode/uchar.h>

#include "normalize.h"

namespace gazette {
namespace {

enum class CharClass : uint8_t { kLetter, kDigit, kMark, kSpace, kNewline, kApostrophe, kHyphen, kOther, kInvisible };

CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t' || cp == 0) return CharClass::kSpace;
    if (cp == '\'' || cp == '`') return CharClass::kApostrophe;
    if (cp == '-') return CharClass::kHyphen;
    return CharClass::kOther;
  }
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

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

bool IsElisionPrefix(std::string_view folded) {
  static constexpr std::string_view kPrefixes[] = {"l", "d", "j", "m", "n", "s", "t", "c",
                                                   "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
  for (std::string_view p : kPrefixes)
    if (folded == p) return true;
  return false;
}

class Scanner {
 public:
  explicit Scanner(TokenizedText* out) : out_(out), cps_(out->decoded.cps) {}

  void Run() {
    const std::size_t n = cps_.size();
    out_->tokens.reserve(n / 5 + 1);
    out_->keys.reserve(n + n / 8);
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
        case CharClass::kOther: {
          int8_t type = cps_[i] < 0x80 ? static_cast<int8_t>(U_OTHER_PUNCTUATION) : u_charType(static_cast<UChar32>(cps_[i]));
          bool symbol = type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL ||
                        type == U_OTHER_SYMBOL;
          if (cps_[i] < 0x80) symbol = cps_[i] == '$' || cps_[i] == '+' || cps_[i] == '<' || cps_[i] == '=' ||
                                       cps_[i] == '>' || cps_[i] == '^' || cps_[i] == '|' || cps_[i] == '~';
          Emit(i, i + 1, symbol ? TokenKind::kSymbol : TokenKind::kPunct, 0);
          ++i;
          break;
        }
      }
    }
  }

 private:
  static bool IsWordStart(char32_t cp) {
    CharClass c = Classify(cp);
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }

  void Emit(std::size_t b, std::size_t e, TokenKind kind, uint16_t extra) {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    t.flags = extra;
    if (space_ || out_->tokens.empty()) t.flags |= kSpaceBefore;
    if (newline_) t.flags |= kNewlineBefore;
    if (paragraph_) t.flags |= kParagraphBefore;
    t.key_begin = static_cast<uint32_t>(out_->keys.size());
    bool first_letter_seen = false, any_letter = false, any_lower = false;
    std::string& keys = out_->keys;
    for (std::size_t k = b; k < e; ++k) {
      char32_t cp = cps_[k];
      if (cp < 0x80) {  // ASCII: the same folding and flags as below, without the calls
        char c = static_cast<char>(cp);
        if (c >= 'a' && c <= 'z') {
          any_letter = any_lower = first_letter_seen = true;
        } else if (c >= 'A' && c <= 'Z') {
          any_letter = true;
          if (!first_letter_seen) t.flags |= kCapitalized;
          first_letter_seen = true;
          c = static_cast<char>(c - 'A' + 'a');
        } else if (c >= '0' && c <= '9') {
          t.flags |= kHasDigit;
        } else if (c == '\t') {
          c = ' ';
        } else if (c == '`') {
          c = '\'';
        }
        keys.push_back(c);
        continue;
      }
      AppendFoldedDefault(cp, &keys);
      CharClass c = Classify(cp);
      if (c == CharClass::kLetter) {
        any_letter = true;
        if (IsLower(cp)) any_lower = true;
        if (!first_letter_seen) {
          first_letter_seen = true;
          if (IsUpper(cp)) t.flags |= kCapitalized;
        }
      } else if (c == CharClass::kDigit) {
        t.flags |= kHasDigit;
      }
    }
    if (any_letter && !any_lower) t.flags |= kAllCaps;
    t.key_size = static_cast<uint32_t>(out_->keys.size() - t.key_begin);
    out_->tokens.push_back(t);
    space_ = newline_ = paragraph_ = false;
  }

  // Scans a word (or number) starting at i; returns the index after it.
  std::size_t ScanWord(std::size_t start) {
    const std::size_t n = cps_.size();
    std::size_t i = start;
    bool all_digits = true;
    bool lower_run_only = true;  // every letter so far is lower case (for the glue rule)
    std::size_t letters = 0;
    while (i < n) {
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
    const std::size_t n = cps_.size();
    std::size_t i = start + 1;  // at '.'
    return i + 1 < n && Classify(cps_[i + 1]) == CharClass::kLetter &&
           (i + 2 >= n || !IsWordStart(cps_[i + 2]));
  }

  std::size_t ScanInitials(std::size_t start) {
    const std::size_t n = cps_.size();
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
    const std::size_t n = cps_.size();
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
    const std::size_t n = cps_.size();
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
  const std::vector<char32_t>& cps_;
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
  out.key_hashes.reserve(out.tokens.size());
  for (const Token& t : out.tokens) out.key_hashes.push_back(HashBytes(out.key(t)));
  return out;
}

TokenizedText Tokenize(std::string_view text) { return Tokenize(DecodeUtf8(text)); }

}  // namespace gazette
