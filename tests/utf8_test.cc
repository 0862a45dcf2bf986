// Tests of src/utf8.cc: decoding that never fails and keeps exact byte offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "gazette/json.h"
#include "utf8.h"

namespace gazette {
namespace {

constexpr char32_t R = kReplacementChar;
const std::string kReplacementUtf8 = "\xEF\xBF\xBD";

struct Expect {
  std::vector<char32_t> cps;
  std::vector<uint32_t> byte_of;
  std::size_t invalid;
};

void CheckDecode(const std::string& text, const Expect& want) {
  DecodedText d = DecodeUtf8(text);
  CHECK(d.cps == want.cps);
  CHECK(d.byte_of == want.byte_of);
  CHECK(d.invalid_bytes == want.invalid);
  CHECK(IsValidUtf8(text) == (want.invalid == 0));
}

TEST_CASE("utf8: valid text decodes to its code points with the byte offset of each") {
  SUBCASE("ASCII") { CheckDecode("ab", {{'a', 'b'}, {0, 1, 2}, 0}); }
  SUBCASE("two-, three- and four-byte sequences") {
    // é (2 bytes), € (3 bytes), 😀 (4 bytes)
    CheckDecode("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", {{0xE9, 0x20AC, 0x1F600}, {0, 2, 5, 9}, 0});
  }
  SUBCASE("NUL is a valid code point") { CheckDecode(std::string("a\0b", 3), {{'a', 0, 'b'}, {0, 1, 2, 3}, 0}); }
  SUBCASE("empty text") { CheckDecode("", {{}, {0}, 0}); }
  SUBCASE("largest code point U+10FFFF") { CheckDecode("\xF4\x8F\xBF\xBF", {{0x10FFFF}, {0, 4}, 0}); }
}

TEST_CASE("utf8: every invalid byte becomes one U+FFFD at its own byte offset") {
  SUBCASE("a lone continuation byte") { CheckDecode("a\x80z", {{'a', R, 'z'}, {0, 1, 2, 3}, 1}); }
  SUBCASE("bytes that never occur in UTF-8") {
    CheckDecode("\xFF\xFE", {{R, R}, {0, 1, 2}, 2});
    CheckDecode("\xC0\xC1\xF5", {{R, R, R}, {0, 1, 2, 3}, 3});
  }
  SUBCASE("overlong encodings") {
    CheckDecode("\xC0\xAF", {{R, R}, {0, 1, 2}, 2});              // '/' in two bytes
    CheckDecode("\xE0\x80\xAF", {{R, R, R}, {0, 1, 2, 3}, 3});    // '/' in three bytes
    CheckDecode("\xF0\x82\x82\xAC", {{R, R, R, R}, {0, 1, 2, 3, 4}, 4});  // € in four bytes
  }
  SUBCASE("UTF-16 surrogates encoded in UTF-8") {
    CheckDecode("\xED\xA0\x80", {{R, R, R}, {0, 1, 2, 3}, 3});    // U+D800
    CheckDecode("x\xED\xBF\xBFy", {{'x', R, R, R, 'y'}, {0, 1, 2, 3, 4, 5}, 3});  // U+DFFF
  }
  SUBCASE("values above U+10FFFF") { CheckDecode("\xF4\x90\x80\x80", {{R, R, R, R}, {0, 1, 2, 3, 4}, 4}); }
  SUBCASE("a sequence truncated by the end of the text") {
    CheckDecode("ok\xE2\x82", {{'o', 'k', R, R}, {0, 1, 2, 3, 4}, 2});
    CheckDecode("\xF0\x9F\x98", {{R, R, R}, {0, 1, 2, 3}, 3});
  }
  SUBCASE("a sequence truncated by an ASCII byte resumes at that byte") {
    CheckDecode("\xE2\x82" "A\xC3\xA9", {{R, R, 'A', 0xE9}, {0, 1, 2, 3, 5}, 2});
  }
  SUBCASE("a valid sequence right after an invalid byte is kept") {
    CheckDecode("\xFF\xC3\xA9", {{R, 0xE9}, {0, 1, 3}, 1});
  }
}

TEST_CASE("utf8: AppendUtf8 encodes every boundary code point so that it decodes back") {
  for (char32_t cp : {char32_t{0}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF}, char32_t{0x800}, char32_t{0xFFFD},
                      char32_t{0xFFFF}, char32_t{0x10000}, char32_t{0x10FFFF}}) {
    CAPTURE(static_cast<uint32_t>(cp));
    std::string s;
    AppendUtf8(cp, &s);
    DecodedText d = DecodeUtf8(s);
    REQUIRE(d.cps.size() == 1);
    CHECK(d.cps[0] == cp);
    CHECK(d.invalid_bytes == 0);
  }
}

TEST_CASE("utf8: SanitizeUtf8 replaces each invalid byte and keeps valid text unchanged") {
  SUBCASE("valid text comes back byte for byte") {
    std::string valid = "Caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x80\xAF!";
    CHECK(SanitizeUtf8(valid) == valid);
  }
  SUBCASE("one replacement per invalid byte") {
    CHECK(SanitizeUtf8("a\xFF" "b") == "a" + kReplacementUtf8 + "b");
    CHECK(SanitizeUtf8("\xED\xA0\x80") == kReplacementUtf8 + kReplacementUtf8 + kReplacementUtf8);
    CHECK(SanitizeUtf8("x\xE2\x82") == "x" + kReplacementUtf8 + kReplacementUtf8);
  }
  SUBCASE("NUL bytes are valid and kept") {
    std::string with_nul("a\0b", 3);
    CHECK(SanitizeUtf8(with_nul) == with_nul);
  }
  SUBCASE("the result is always valid UTF-8") {
    std::string hostile;
    for (int b = 0; b < 256; ++b) hostile.push_back(static_cast<char>(b));
    std::string clean = SanitizeUtf8(hostile);
    CHECK(IsValidUtf8(clean));
    CHECK(DecodeUtf8(clean).cps.size() == DecodeUtf8(hostile).cps.size());
  }
}

TEST_CASE("utf8: long ASCII runs decode the same with a multi-byte or invalid sequence at any offset") {
  // ASCII is decoded sixteen bytes at a time; a sequence that breaks a run may fall anywhere in a block.
  for (const std::string& odd : {std::string("\xC3\xA9"), std::string("\xE2\x80\x99"), std::string("\xF0\x9F\x98\x80"),
                                 std::string("\xFF"), std::string("\xE2\x80")}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text = std::string(at, 'a') + odd + std::string(40 - at, 'b');
      CAPTURE(at);
      DecodedText d = DecodeUtf8(text);
      REQUIRE(d.byte_of.size() == d.cps.size() + 1);
      CHECK(d.byte_of.back() == text.size());
      std::size_t odd_cps = d.cps.size() - 40;
      for (std::size_t k = 0; k < at; ++k) CHECK((d.cps[k] == 'a' && d.byte_of[k] == k));
      for (std::size_t k = 0; k < 40 - at; ++k) {
        std::size_t i = at + odd_cps + k;
        CHECK((d.cps[i] == 'b' && d.byte_of[i] == at + odd.size() + k));
      }
      CHECK(d.invalid_bytes == (IsValidUtf8(odd) ? 0 : odd.size()));
    }
  }
}

}  // namespace
}  // namespace gazette
