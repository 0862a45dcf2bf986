// Folding text for matching, with an exact map back to the original bytes.
#ifndef GAZETTE_SRC_NORMALIZE_H_
#define GAZETTE_SRC_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// Which foldings to apply; all on by default (what the gazetteer matcher uses).
struct FoldOptions {
  bool case_fold = true;       ///< Unicode full case folding (ẞ → ss, İ → i̇ → i with accent folding)
  bool accent_fold = true;     ///< drop nonspacing marks after decomposition (é → e, ç → c)
  bool compatibility = true;   ///< NFKC/NFKD compatibility forms (ﬁ → fi, full-width → ASCII)
  bool spaces = true;          ///< every Unicode space (NBSP, NNBSP, ...) and tab → ' '
  bool quotes = true;          ///< ’ ‘ ʼ ` ´ → '   « » “ ” „ → "
  bool dashes = true;          ///< Unicode dashes and hyphens → '-'
  bool drop_invisible = true;  ///< soft hyphen, zero-width space/joiners, BOM, word joiner removed
};

/// Appends the folded form of one code point (UTF-8) to `out`. With the default options this is a
/// table lookup for the Basic Multilingual Plane; the table is built once, on first use, thread-safely.
void AppendFolded(char32_t cp, const FoldOptions& options, std::string* out);

/// Same as `AppendFolded` with default options: the hot path of tokenization.
void AppendFoldedDefault(char32_t cp, std::string* out);

/// A normalized text and, for each of its bytes, the original byte offset it came from.
/// `to_original` has `text.size() + 1` entries; the last is the original size. A normalized span
/// [b, e) maps to the smallest original span covering it: [to_original[b], original_end(e)).
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> to_original;
  /// Original end offset for normalized end `e` (the end of the code point that produced byte e-1).
  uint32_t OriginalEnd(std::size_t e) const { return e == 0 ? 0 : end_of_[e - 1]; }
  std::vector<uint32_t> end_of_;  ///< original end of the source code point of each normalized byte
};

/// Normalizes `text` (invalid UTF-8 bytes become U+FFFD, mapped to their own byte).
NormalizedText Normalize(std::string_view text, const FoldOptions& options = {});

/// Folds a whole string with default options (used for aliases and word lists).
std::string FoldString(std::string_view text);

}  // namespace gazette

#endif  // GAZETTE_SRC_NORMALIZE_H_
