// Text folding without ICU. The importers decide that two names are "the same name" by a
// fold that ignores letter case, Latin accents, spaces, dashes and underscores: MISP and
// STIX spell one group "Judgment Panda", "JUDGMENT PANDA" and "Judgment-Panda". A full
// Unicode case fold is not needed for that: names in these sources are Latin with a few
// accents (and a rare Cyrillic, Greek or CJK name, compared by exact code points), so a
// table for Latin-1 and Latin Extended-A plus simple Greek and Cyrillic case ranges does
// the job and keeps the tool free of dependencies. Ids are ASCII slugs of the same fold.

#include "text_fold.h"

namespace gazette::import {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Lower-case ASCII replacement for each of U+00C0..U+00FF; '*' marks a two-letter one
// (handled in LatinBase), '\0' a code point that is not a letter (× and ÷).
constexpr char kLatin1Base[] =
    "aaaaaa*ceeeeiiiidnooooo\0ouuuuy**"
    "aaaaaa*ceeeeiiiidnooooo\0ouuuuy*y";
// The same for U+0100..U+017F (Latin Extended-A); '*' for Ĳ ĳ Œ œ.
constexpr char kLatinExtABase[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllllllln"
    "nnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(sizeof(kLatin1Base) == 64 + 1, "one char per code point");
static_assert(sizeof(kLatinExtABase) == 128 + 1, "one char per code point");

// The ASCII letters a Latin letter folds to, or "" when cp is not a Latin letter we know.
std::string_view LatinBase(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    switch (cp) {
      case 0xC6: case 0xE6: return "ae";
      case 0xDE: case 0xFE: return "th";
      case 0xDF: return "ss";
      default: break;
    }
    const char* c = &kLatin1Base[cp - 0xC0];
    return *c == '\0' ? std::string_view() : std::string_view(c, 1);
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    switch (cp) {
      case 0x132: case 0x133: return "ij";
      case 0x152: case 0x153: return "oe";
      default: break;
    }
    return std::string_view(&kLatinExtABase[cp - 0x100], 1);
  }
  return std::string_view();
}

char32_t LowerCp(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0x80) return cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x130) return 'i';  // İ
    if (cp == 0x178) return 0xFF;  // Ÿ
    // Capitals sit on even code points except in U+0139..U+0148 and U+0179..U+017E.
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    const bool is_upper = odd_upper ? (cp % 2 == 1) : (cp % 2 == 0);
    if (is_upper && cp != 0x138 && cp != 0x149 && cp != 0x17F) return cp + 1;
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                  // Cyrillic А..Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                   // Cyrillic Ѐ..Џ
  return cp;
}

bool IsZeroWidth(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

bool IsApostrophe(char32_t cp) { return cp == 0x2018 || cp == 0x2019 || cp == 0x02BC; }

}  // namespace

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b < 0x80) {
      out.push_back(b);
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      extra = 1, cp = b & 0x1F, min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      extra = 2, cp = b & 0x0F, min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      extra = 3, cp = b & 0x07, min = 0x10000;
    } else {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    bool ok = i + extra < text.size();
    for (std::size_t k = 1; ok && k <= extra; ++k) {
      const unsigned char c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t CodePointCount(std::string_view text) { return DecodeUtf8(text).size(); }

bool IsSpace(char32_t cp) {
  return cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool IsLetterLike(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (IsSpace(cp) || IsDash(cp) || IsZeroWidth(cp) || cp == kReplacement) return false;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;  // Latin-1 symbols
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;           // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;           // CJK punctuation
  return true;
}

std::string ToLower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : DecodeUtf8(text)) AppendUtf8(LowerCp(cp), &out);
  return out;
}

std::string CaseKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : DecodeUtf8(text)) {
    if (IsApostrophe(cp)) {
      out.push_back('\'');
      continue;
    }
    const std::string_view base = LatinBase(cp);
    if (!base.empty()) {
      out.append(base);
    } else {
      AppendUtf8(LowerCp(cp), &out);
    }
  }
  return out;
}

std::string FoldKey(std::string_view text) {
  std::string out;
  for (char32_t cp : DecodeUtf8(CaseKey(text))) {
    if (IsSpace(cp) || IsDash(cp) || IsZeroWidth(cp) || cp == '_') continue;
    AppendUtf8(cp, &out);
  }
  return out;
}

std::string Slugify(std::string_view text) {
  std::string out;
  bool pending_hyphen = false;
  for (char c : CaseKey(text)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_hyphen = !out.empty();
      continue;
    }
    if (pending_hyphen) out.push_back('-');
    pending_hyphen = false;
    out.push_back(c);
  }
  return out;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char32_t cp : DecodeUtf8(text)) {
    if (IsZeroWidth(cp)) continue;
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendUtf8(cp, &out);
  }
  return out;
}

}  // namespace gazette::import
