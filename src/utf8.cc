// UTF-8 decoding for hostile input. The decoder follows the Unicode "maximal subpart" practice in its
// simplest form: a byte that does not start a complete, shortest-form sequence is replaced on its own,
// so every code point maps back to an exact byte range and no input can make decoding fail.
#include "utf8.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Decodes p[i, i + 16) into cps[k, k + 16) and byte_of[k, k + 16) when those 16 bytes are all ASCII;
// returns false (writing nothing) otherwise. SSE2 is part of x86-64, so this needs no CPU check; other
// targets take the eight-byte loop below.
bool DecodeAscii16(const unsigned char* p, std::size_t i, std::size_t k, char32_t* cps, uint32_t* byte_of) {
#if defined(__SSE2__)
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
  if (_mm_movemask_epi8(bytes) != 0) return false;
  const __m128i zero = _mm_setzero_si128();
  const __m128i low = _mm_unpacklo_epi8(bytes, zero), high = _mm_unpackhi_epi8(bytes, zero);
  auto* cp_out = reinterpret_cast<__m128i*>(cps + k);
  _mm_storeu_si128(cp_out + 0, _mm_unpacklo_epi16(low, zero));
  _mm_storeu_si128(cp_out + 1, _mm_unpackhi_epi16(low, zero));
  _mm_storeu_si128(cp_out + 2, _mm_unpacklo_epi16(high, zero));
  _mm_storeu_si128(cp_out + 3, _mm_unpackhi_epi16(high, zero));
  auto* offset_out = reinterpret_cast<__m128i*>(byte_of + k);
  const __m128i base = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), _mm_setr_epi32(0, 1, 2, 3));
  const __m128i four = _mm_set1_epi32(4);
  _mm_storeu_si128(offset_out + 0, base);
  _mm_storeu_si128(offset_out + 1, _mm_add_epi32(base, four));
  _mm_storeu_si128(offset_out + 2, _mm_add_epi32(base, _mm_add_epi32(four, four)));
  _mm_storeu_si128(offset_out + 3, _mm_add_epi32(base, _mm_set1_epi32(12)));
  return true;
#else
  for (std::size_t half = 0; half < 16; half += 8) {
    uint64_t word;
    std::memcpy(&word, p + i + half, 8);
    if ((word & 0x8080808080808080ull) != 0) return false;
  }
  for (std::size_t j = 0; j < 16; ++j) {
    cps[k + j] = p[i + j];
    byte_of[k + j] = static_cast<uint32_t>(i + j);
  }
  return true;
#endif
}

}  // namespace

DecodedText DecodeUtf8(std::string_view text) {
  // The vectors are sized for the worst case (one code point per byte) and written through raw
  // pointers, then trimmed: no capacity check per code point. ASCII, most of every text, goes
  // sixteen bytes at a time.
  DecodedText out;
  const std::size_t n = text.size();
  out.cps.resize(n);
  out.byte_of.resize(n + 1);
  char32_t* cps = out.cps.data();
  uint32_t* byte_of = out.byte_of.data();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0, k = 0;
  while (i < n) {
    while (i + 16 <= n && DecodeAscii16(p, i, k, cps, byte_of)) {
      i += 16;
      k += 16;
    }
    if (i >= n) break;
    // One code point at a time until the next run of ASCII.
    const std::size_t stop = std::min(n, i + 16);
    do {
      char32_t cp;
      std::size_t len = p[i] < 0x80 ? (cp = p[i], 1) : ValidSequenceLength(p + i, n - i, &cp);
      if (len == 0) { cp = kReplacementChar; len = 1; ++out.invalid_bytes; }
      cps[k] = cp;
      byte_of[k] = static_cast<uint32_t>(i);
      ++k;
      i += len;
    } while (i < stop);
  }
  byte_of[k] = static_cast<uint32_t>(n);
  out.cps.resize(k);
  out.byte_of.resize(k + 1);
  return out;
}

std::size_t DecodeNext(std::string_view text, std::size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  if (p[i] < 0x80) { *cp = p[i]; return 1; }
  std::size_t len = ValidSequenceLength(p + i, text.size() - i, cp);
  if (len == 0) { *cp = kReplacementChar; return 1; }
  return len;
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
    // Eight ASCII bytes at a time: most of every text, and every JSONL line, is ASCII.
    uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ull) == 0)) i += 8;
    if (i >= n) break;
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
