// Folding for matching. Each code point folds independently: compatibility decomposition (NFKD),
// Unicode full case folding, a second NFKD (case folding can produce decomposable characters, as
// U+0130 İ does), removal of nonspacing marks (accent folding), then ASCII equivalents for spaces,
// quotes and dashes. Folding per code point, rather than per string, is what lets every normalized
// byte point back to the exact original code point; the cost is that canonical reordering across
// code points is not applied, which matters only for marks we drop anyway.
//
// ICU does the Unicode work (Normalizer2, UnicodeString::foldCase, u_charType). Hand-written tables
// are limited to the quote/dash/space/invisible lists, which ICU has no single property for.
#include "normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>
#include <memory>

#include "utf8.h"

namespace gazette {
namespace {

bool IsInvisible(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x180E || cp == 0x034F;
}

bool IsSingleQuoteLike(char32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x0060 || cp == 0x00B4 ||
         cp == 0x201B || cp == 0x2032 || cp == 0xFF07;
}

bool IsDoubleQuoteLike(char32_t cp) {
  return cp == 0x00AB || cp == 0x00BB || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
         cp == 0x201F || cp == 0x2033 || cp == 0x2039 || cp == 0x203A || cp == 0xFF02;
}

bool IsDash(char32_t cp) {
  if (cp == '-') return true;
  if (cp < 0x80) return false;
  return u_charType(static_cast<UChar32>(cp)) == U_DASH_PUNCTUATION || cp == 0x2212;
}

bool IsSpace(char32_t cp) {
  if (cp == ' ' || cp == '\t') return true;
  if (cp < 0x80) return false;
  return u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR;
}

// Maps a single folded code point to its ASCII class stand-in, or returns it unchanged.
char32_t MapPunctuation(char32_t cp, const FoldOptions& o) {
  if (o.spaces && IsSpace(cp)) return ' ';
  if (o.quotes && IsSingleQuoteLike(cp)) return '\'';
  if (o.quotes && IsDoubleQuoteLike(cp)) return '"';
  if (o.dashes && IsDash(cp)) return '-';
  return cp;
}

void FoldWithIcu(char32_t cp, const FoldOptions& o, std::string* out) {
  if (o.drop_invisible && IsInvisible(cp)) return;
  char32_t mapped = MapPunctuation(cp, o);
  if (mapped != cp) { out->push_back(static_cast<char>(mapped)); return; }
  if (cp == kReplacementChar) { AppendUtf8(cp, out); return; }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* decompose =
      o.compatibility ? icu::Normalizer2::getNFKDInstance(status) : icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* compose =
      o.compatibility ? icu::Normalizer2::getNFKCInstance(status) : icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) { AppendUtf8(cp, out); return; }
  icu::UnicodeString s(static_cast<UChar32>(cp));
  icu::UnicodeString d = decompose->normalize(s, status);
  if (o.case_fold) {
    d.foldCase(U_FOLD_CASE_DEFAULT);
    d = decompose->normalize(d, status);
  }
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (o.accent_fold && u_charType(c) == U_NON_SPACING_MARK) continue;
    kept.append(c);
  }
  if (!o.accent_fold) kept = compose->normalize(kept, status);
  if (U_FAILURE(status)) { AppendUtf8(cp, out); return; }
  for (int32_t i = 0; i < kept.length();) {
    UChar32 c = kept.char32At(i);
    i += U16_LENGTH(c);
    char32_t m = MapPunctuation(static_cast<char32_t>(c), o);
    if (o.drop_invisible && IsInvisible(m)) continue;
    AppendUtf8(m, out);
  }
}

// Default-option folding of the whole BMP, computed once. Entries are slices of one byte pool.
class FoldTable {
 public:
  FoldTable() {
    FoldOptions defaults;
    pool_.reserve(1 << 18);
    std::string tmp;
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      tmp.clear();
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        AppendUtf8(kReplacementChar, &tmp);
      } else if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '\t') c = ' ';
        if (c == '`') c = '\'';
        tmp.push_back(c);
      } else {
        FoldWithIcu(cp, defaults, &tmp);
      }
      offset_[cp] = static_cast<uint32_t>(pool_.size());
      length_[cp] = static_cast<uint8_t>(tmp.size());
      pool_ += tmp;
    }
  }
  void Append(char32_t cp, std::string* out) const {
    out->append(pool_.data() + offset_[cp], length_[cp]);
  }

 private:
  std::string pool_;
  std::array<uint32_t, 0x10000> offset_{};
  std::array<uint8_t, 0x10000> length_{};
};

// AppendFoldedDefault of an ASCII character: lower case, tab → space, ` → '.
char FoldAscii(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c == '\t') return ' ';
  if (c == '`') return '\'';
  return c;
}

bool IsDefault(const FoldOptions& o) {
  const FoldOptions d;
  return o.case_fold == d.case_fold && o.accent_fold == d.accent_fold && o.compatibility == d.compatibility &&
         o.spaces == d.spaces && o.quotes == d.quotes && o.dashes == d.dashes && o.drop_invisible == d.drop_invisible;
}

const FoldTable& DefaultFoldTable() {
  static const auto* table = new FoldTable();  // built once, thread-safe; never destroyed
  return *table;
}

}  // namespace

void AppendFoldedDefault(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(FoldAscii(static_cast<char>(cp)));
    return;
  }
  if (cp < 0x10000) { DefaultFoldTable().Append(cp, out); return; }
  FoldWithIcu(cp, FoldOptions{}, out);
}

void AppendFolded(char32_t cp, const FoldOptions& options, std::string* out) {
  if (IsDefault(options)) { AppendFoldedDefault(cp, out); return; }
  FoldWithIcu(cp, options, out);
}

NormalizedText Normalize(std::string_view text, const FoldOptions& options) {
  // One pass over the UTF-8, decoding code point by code point. With the default options an ASCII
  // byte folds to one byte through FoldAscii, without the per-code-point call; the folded text is
  // written through an index into a buffer with room to spare (trimmed at the end).
  const bool is_default = IsDefault(options);
  const std::size_t n = text.size();
  NormalizedText out;
  std::string& folded = out.text;
  folded.resize(n + 16);
  std::size_t written = 0;
  out.to_original.reserve(n + 1);
  out.end_of_.reserve(n);
  std::string one;  // the folded form of one non-ASCII code point
  std::size_t i = 0;
  while (i < n) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && is_default) {
      if (written == folded.size()) folded.resize(2 * folded.size());
      folded[written++] = FoldAscii(static_cast<char>(byte));
      out.to_original.push_back(static_cast<uint32_t>(i));
      out.end_of_.push_back(static_cast<uint32_t>(i + 1));
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t len = DecodeNext(text, i, &cp);
    one.clear();
    AppendFolded(cp, options, &one);
    if (written + one.size() > folded.size()) folded.resize(2 * folded.size() + one.size());
    std::memcpy(&folded[written], one.data(), one.size());
    written += one.size();
    for (std::size_t b = 0; b < one.size(); ++b) {
      out.to_original.push_back(static_cast<uint32_t>(i));
      out.end_of_.push_back(static_cast<uint32_t>(i + len));
    }
    i += len;
  }
  folded.resize(written);
  out.to_original.push_back(static_cast<uint32_t>(n));
  return out;
}

std::string FoldString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp;
    i += DecodeNext(text, i, &cp);
    AppendFoldedDefault(cp, &out);
  }
  return out;
}

}  // namespace gazette
