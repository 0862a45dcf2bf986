// UTF-8 helpers and the folds the importers compare names with.
#ifndef GAZETTE_TOOLS_TEXT_FOLD_H_
#define GAZETTE_TOOLS_TEXT_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace gazette::import {

/// Decodes UTF-8; an invalid or truncated sequence decodes as U+FFFD and skips one byte.
std::u32string DecodeUtf8(std::string_view text);
void AppendUtf8(char32_t cp, std::string* out);
/// Number of code points (invalid bytes count one each).
std::size_t CodePointCount(std::string_view text);

/// Unicode white space, C0/C1 controls and DEL.
bool IsSpace(char32_t cp);
/// '-' and the Unicode dashes and minus signs.
bool IsDash(char32_t cp);
/// ASCII letters and every non-ASCII code point that is not space, dash or punctuation we
/// know of: good enough to tell "a name" from "a number".
bool IsLetterLike(char32_t cp);

/// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals, keeping
/// accents ("Été" -> "été"); other code points are unchanged.
std::string ToLower(std::string_view text);
/// Lower-cases and strips accents from Latin letters ("Müdafaa" -> "mudafaa", "ß" -> "ss",
/// "ı" -> "i") and maps typographic apostrophes to '\''. Spaces are kept.
std::string CaseKey(std::string_view text);
/// CaseKey without spaces, dashes and underscores: "Judgment-Panda" and "judgment panda"
/// fold alike. Used to decide that two names are the same name.
std::string FoldKey(std::string_view text);
/// ASCII id slug: CaseKey, then every run of other than [a-z0-9] becomes one '-', trimmed.
/// "Sath-ı Müdafaa" -> "sath-i-mudafaa"; may be empty (a name in another script).
std::string Slugify(std::string_view text);
/// Trims, turns every run of white space (TAB, newline, NBSP, ...) into one ASCII space and
/// removes zero-width characters, so the result is safe in a TSV field.
std::string CollapseWhitespace(std::string_view text);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_TEXT_FOLD_H_
