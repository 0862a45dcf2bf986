// UTF-8 decoding that never fails: every invalid byte becomes one U+FFFD code point.
#ifndef GAZETTE_SRC_UTF8_H_
#define GAZETTE_SRC_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// A text as code points, with the byte offset of each in the original UTF-8.
struct DecodedText {
  std::vector<char32_t> cps;       ///< one entry per code point; an invalid byte is one U+FFFD
  std::vector<uint32_t> byte_of;   ///< byte offset of cps[i]; byte_of[cps.size()] == text size
  std::size_t invalid_bytes = 0;   ///< how many bytes were not valid UTF-8
};

/// Decodes `text`. Overlong forms, surrogates, values above U+10FFFF and truncated sequences are
/// invalid; each of their bytes becomes its own U+FFFD so offsets stay exact.
DecodedText DecodeUtf8(std::string_view text);

/// Decodes the code point at byte `i` of `text` (i < text.size()) into `*cp` and returns its length
/// in bytes; an invalid byte is U+FFFD of length 1, exactly as DecodeUtf8 reads it.
std::size_t DecodeNext(std::string_view text, std::size_t i, char32_t* cp);

/// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

/// True when `text` is entirely valid UTF-8.
bool IsValidUtf8(std::string_view text);

/// `text` with each invalid byte replaced by U+FFFD (valid text comes back unchanged).
std::string SanitizeUtf8(std::string_view text);

}  // namespace gazette

#endif  // GAZETTE_SRC_UTF8_H_
