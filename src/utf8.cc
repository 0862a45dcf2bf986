// UTF-8 decoding for hostile input. The decoder follows the Unicode "maximal subpart" practice in its
// simplest form: a byte that does not start a complete, shortest-form sequence is replaced on its own,
// so every code point maps back to an exact byte range and no input can make decoding fail.
#include "utf8.h"

namespace gazette {
namespace {

// Length of the valid sequence starting at p[0], or 0 when the byte there is invalid.
std::size_t ValidSequenceLength(const unsigned char* p, std::size_t left, char32_t* cp) {
  unsigned char b0 = p[0];
  if (b0 < 0x80) { *cp = b0; return 1; }
  auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return 0;
    *cp = (char32_t(b0 & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    char32_t c = (char32_t(b0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    char32_t c = (char32_t(b0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
                 (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (c < 0x10000 || c > 0x10FFFF) return 0;
    *cp = c;
    return 4;
  }
  return 0;
}

}  // namespace

DecodedText DecodeUtf8(std::string_view text) {
  DecodedText out;
  out.cps.reserve(text.size());
  out.byte_of.reserve(text.size() + 1);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  while (i < n) {
    char32_t cp;
    std::size_t len = ValidSequenceLength(p + i, n - i, &cp);
    if (len == 0) { cp = kReplacementChar; len = 1; ++out.invalid_bytes; }
    out.cps.push_back(cp);
    out.byte_of.push_back(static_cast<uint32_t>(i));
    i += len;
  }
  out.byte_of.push_back(static_cast<uint32_t>(n));
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

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  while (i < n) {
    if (p[i] < 0x80) { ++i; continue; }
    char32_t cp;
    std::size_t len = ValidSequenceLength(p + i, n - i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  while (i < n) {
    char32_t cp;
    std::size_t len = ValidSequenceLength(p + i, n - i, &cp);
    if (len == 0) { AppendUtf8(kReplacementChar, &out); ++i; continue; }
    out.append(text.data() + i, len);
    i += len;
  }
  return out;
}

}  // namespace gazette
