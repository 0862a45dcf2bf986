// Tests of src/tokenize.cc: word boundaries for names, exact spans, folded keys and shape flags.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "normalize.h"
#include "string_table.h"
#include "test_util.h"
#include "tokenize.h"
#include "utf8.h"

namespace gazette {
namespace {

// The original bytes of every token.
std::vector<std::string> Surfaces(std::string_view text) {
  TokenizedText t = Tokenize(text);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens)
    out.emplace_back(text.substr(t.byte_begin(tok), t.byte_end(tok) - t.byte_begin(tok)));
  return out;
}

std::vector<std::string> Keys(std::string_view text) {
  TokenizedText t = Tokenize(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) out.emplace_back(t.key(i));
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("tokenize: a hyphen glued between words is its own token flagged as a compound hyphen") {
  SUBCASE("CERT-FR is CERT, -, FR") {
    TokenizedText t = Tokenize("CERT-FR");
    REQUIRE(t.tokens.size() == 3);
    CHECK(Surfaces("CERT-FR") == Strings{"CERT", "-", "FR"});
    CHECK(t.tokens[1].has(kGluedHyphen));
    CHECK(t.tokens[1].kind == TokenKind::kPunct);
    CHECK_FALSE(t.tokens[0].has(kGluedHyphen));
  }
  SUBCASE("APT-C-36 keeps both hyphens as compound hyphens") {
    TokenizedText t = Tokenize("APT-C-36");
    CHECK(Surfaces("APT-C-36") == Strings{"APT", "-", "C", "-", "36"});
    REQUIRE(t.tokens.size() == 5);
    CHECK(t.tokens[1].has(kGluedHyphen));
    CHECK(t.tokens[3].has(kGluedHyphen));
    CHECK(t.tokens[4].kind == TokenKind::kNumber);
  }
  SUBCASE("e-mail") {
    TokenizedText t = Tokenize("e-mail");
    CHECK(Surfaces("e-mail") == Strings{"e", "-", "mail"});
    CHECK(t.tokens[1].has(kGluedHyphen));
  }
  SUBCASE("Russia-linked still yields the word Russia") {
    CHECK(Surfaces("Russia-linked") == Strings{"Russia", "-", "linked"});
  }
  SUBCASE("an en dash between words counts as a glued hyphen, folded to '-'") {
    TokenizedText t = Tokenize("Paris\xE2\x80\x93Lyon");
    REQUIRE(t.tokens.size() == 3);
    CHECK(t.tokens[1].has(kGluedHyphen));
    CHECK(t.key(1) == "-");
  }
  SUBCASE("a hyphen with a space on either side is plain punctuation") {
    TokenizedText t = Tokenize("Paris - Lyon -x y-");
    CHECK(Surfaces("Paris - Lyon -x y-") == Strings{"Paris", "-", "Lyon", "-", "x", "y", "-"});
    for (const Token& tok : t.tokens) CHECK_FALSE(tok.has(kGluedHyphen));
  }
}

TEST_CASE("tokenize: letters and digits in one run stay one word") {
  TokenizedText t = Tokenize("Ke3chang and APT31");
  CHECK(Surfaces("Ke3chang and APT31") == Strings{"Ke3chang", "and", "APT31"});
  CHECK(t.tokens[0].kind == TokenKind::kWord);
  CHECK(t.tokens[0].has(kHasDigit));
  CHECK(t.tokens[2].kind == TokenKind::kWord);
}

TEST_CASE("tokenize: dotted initials stay one token") {
  SUBCASE("U.S. with its closing dot") {
    CHECK(Surfaces("the U.S. said") == Strings{"the", "U.S.", "said"});
    CHECK(Keys("the U.S. said")[1] == "u.s.");
  }
  SUBCASE("three letters") { CHECK(Surfaces("E.F.G. said") == Strings{"E.F.G.", "said"}); }
  SUBCASE("at the end of the text or line the last dot is the full stop") {
    CHECK(Surfaces("in the U.K.") == Strings{"in", "the", "U.K", "."});
    CHECK(Surfaces("from the U.S.  \nNext") == Strings{"from", "the", "U.S", ".", "Next"});
  }
  SUBCASE("a single initial before a name is not an initialism") {
    CHECK(Surfaces("J. Smith") == Strings{"J", ".", "Smith"});
  }
}

TEST_CASE("tokenize: numbers keep inner dots and commas") {
  CHECK(Surfaces("3.5 percent") == Strings{"3.5", "percent"});
  CHECK(Surfaces("1,000 users") == Strings{"1,000", "users"});
  CHECK(Tokenize("3.5").tokens[0].kind == TokenKind::kNumber);
  SUBCASE("a final dot ends the sentence instead") { CHECK(Surfaces("rose 7.") == Strings{"rose", "7", "."}); }
}

TEST_CASE("tokenize: French elision splits after the apostrophe") {
  SUBCASE("typographic apostrophe: l’ANSSI") {
    CHECK(Surfaces("l\xE2\x80\x99" "ANSSI") == Strings{"l\xE2\x80\x99", "ANSSI"});
    CHECK(Keys("l\xE2\x80\x99" "ANSSI") == Strings{"l'", "anssi"});
  }
  SUBCASE("ASCII apostrophe: d'informations") {
    CHECK(Surfaces("d'informations") == Strings{"d'", "informations"});
  }
  SUBCASE("d’informations") { CHECK(Surfaces("d\xE2\x80\x99informations") == Strings{"d\xE2\x80\x99", "informations"}); }
  SUBCASE("capital L’ and longer prefixes") {
    CHECK(Surfaces("L\xE2\x80\x99" "Europe") == Strings{"L\xE2\x80\x99", "Europe"});
    CHECK(Surfaces("lorsqu'il") == Strings{"lorsqu'", "il"});
    CHECK(Surfaces("qu'elle") == Strings{"qu'", "elle"});
  }
}

TEST_CASE("tokenize: the English possessive is its own token") {
  SUBCASE("China’s") {
    CHECK(Surfaces("China\xE2\x80\x99s hackers") == Strings{"China", "\xE2\x80\x99s", "hackers"});
    CHECK(Keys("China\xE2\x80\x99s")[1] == "'s");
  }
  SUBCASE("ASCII apostrophe") { CHECK(Surfaces("Iran's") == Strings{"Iran", "'s"}); }
  SUBCASE("a quoted s after a space is not a possessive") {
    CHECK(Surfaces("the 's' key") == Strings{"the", "'", "s", "'", "key"});
  }
}

TEST_CASE("tokenize: other inner apostrophes join the word") {
  CHECK(Surfaces("O\xE2\x80\x99" "Connor") == Strings{"O\xE2\x80\x99" "Connor"});
  CHECK(Surfaces("O'Brien's") == Strings{"O'Brien", "'s"});
  CHECK(Surfaces("aujourd'hui") == Strings{"aujourd'hui"});
}

TEST_CASE("tokenize: scraping glue between a lower-case run and a capitalized word is split") {
  CHECK(Surfaces("watchFrance") == Strings{"watch", "France"});
  SUBCASE("brand names with one leading lower-case letter or trailing capitals stay whole") {
    CHECK(Surfaces("iPhone") == Strings{"iPhone"});
    CHECK(Surfaces("macOS") == Strings{"macOS"});
    CHECK(Surfaces("eBay") == Strings{"eBay"});
  }
}

TEST_CASE("tokenize: shape flags") {
  TokenizedText t = Tokenize("Paris NATO APT31 ville 42 \xC3\x89TAT \xC3\xA9tat");
  REQUIRE(t.tokens.size() == 7);
  SUBCASE("capitalized") {
    CHECK(t.tokens[0].has(kCapitalized));
    CHECK_FALSE(t.tokens[0].has(kAllCaps));
    CHECK_FALSE(t.tokens[3].has(kCapitalized));
    CHECK_FALSE(t.tokens[6].has(kCapitalized));
  }
  SUBCASE("all caps") {
    CHECK(t.tokens[1].has(kAllCaps));
    CHECK(t.tokens[1].has(kCapitalized));
    CHECK(t.tokens[2].has(kAllCaps));
    CHECK(t.tokens[5].has(kAllCaps));
    CHECK_FALSE(t.tokens[4].has(kAllCaps));  // a number has no letters
  }
  SUBCASE("has digit") {
    CHECK(t.tokens[2].has(kHasDigit));
    CHECK(t.tokens[4].has(kHasDigit));
    CHECK_FALSE(t.tokens[0].has(kHasDigit));
    CHECK(t.tokens[4].kind == TokenKind::kNumber);
  }
  SUBCASE("keys are folded") {
    CHECK(t.key(5) == "etat");
    CHECK(t.key(6) == "etat");
  }
}

TEST_CASE("tokenize: space, line and paragraph flags") {
  TokenizedText t = Tokenize("a b,c\nd\r\n\r\ne");
  REQUIRE(t.tokens.size() == 6);  // a b , c d e
  CHECK(t.tokens[0].has(kSpaceBefore));  // text start
  CHECK(t.tokens[1].has(kSpaceBefore));
  CHECK_FALSE(t.tokens[2].has(kSpaceBefore));
  CHECK(t.tokens[4].has(kNewlineBefore));
  CHECK_FALSE(t.tokens[4].has(kParagraphBefore));
  CHECK(t.tokens[5].has(kNewlineBefore));
  CHECK(t.tokens[5].has(kParagraphBefore));
}

TEST_CASE("tokenize: NUL, invisible characters and NBSP separate or vanish but never become tokens") {
  SUBCASE("NUL separates words") { CHECK(Surfaces(std::string("ab\0cd", 5)) == Strings{"ab", "cd"}); }
  SUBCASE("NBSP separates words") { CHECK(Surfaces("Fancy\xC2\xA0" "Bear") == Strings{"Fancy", "Bear"}); }
  SUBCASE("a soft hyphen inside a word keeps it one token, folded away in the key") {
    CHECK(Surfaces("cy\xC2\xAD" "ber") == Strings{"cy\xC2\xAD" "ber"});
    CHECK(Keys("cy\xC2\xAD" "ber") == Strings{"cyber"});
  }
  SUBCASE("combining marks stay inside their word") {
    CHECK(Surfaces("Rene\xCC\x81 said") == Strings{"Rene\xCC\x81", "said"});
    CHECK(Keys("Rene\xCC\x81")[0] == "rene");
  }
}

TEST_CASE("tokenize: punctuation, symbols, emoji and invalid bytes are one-code-point tokens") {
  TokenizedText t = Tokenize("(x)$\xF0\x9F\x98\x80\xFF");
  CHECK(Surfaces("(x)$\xF0\x9F\x98\x80\xFF") == Strings{"(", "x", ")", "$", "\xF0\x9F\x98\x80", "\xFF"});
  REQUIRE(t.tokens.size() == 6);
  CHECK(t.tokens[0].kind == TokenKind::kPunct);
  CHECK(t.tokens[3].kind == TokenKind::kSymbol);
  CHECK(t.tokens[4].kind == TokenKind::kSymbol);
}

// Code points for the random property test: letters of several scripts, marks, spaces, quotes,
// hyphens, invisible characters, emoji, NUL, and the characters that trigger special rules.
const std::vector<char32_t>& Pool() {
  static const std::vector<char32_t> pool = {
      'a', 'b', 'l', 'd', 's', 'S', 'A', 'P', 'T', 'U', 'x', '3', '1', '0', '.', ',', '-', '\'', '`', ' ', ' ',
      '\n', '\r', '\t', 0, '(', ')', '"', '$', '?', '!',
      0xE9, 0xC9, 0xE7, 0xDF, 0x130, 0x1E9E, 0x212A, 0xFB01, 0xFF21,
      0x301, 0x308, 0x20DD, 0x903,
      0xA0, 0x202F, 0x2028, 0x85, 0x3000,
      0x2019, 0x2018, 0x2BC, 0xB4, 0xAB, 0xBB, 0x2013, 0x2212,
      0xAD, 0x200B, 0x200D, 0x2060, 0xFEFF,
      0x41C, 0x43E, 0x3A3, 0x5D0, 0x627, 0x915, 0x93F, 0x4E2D, 0x6587, 0xAC00, 0x660, 0x966,
      0x1F600, 0x1F44D, 0x1F3FD, 0x1F1EB, 0x1F1F7, 0x1D400, 0x10400, 0xFFFD};
  return pool;
}

TEST_CASE("tokenize: a word gets the same key, hash and flags whatever follows it and wherever it ends") {
  // Short ASCII tokens are folded sixteen code points at a time when sixteen remain in the text, and one
  // at a time near its end; both must agree, on every word length around the block size.
  const std::string letters = "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";
  for (std::size_t len = 1; len <= 20; ++len) {
    for (std::size_t shift = 0; shift < 4; ++shift) {
      std::string word = letters.substr(shift, len);
      CAPTURE(word);
      for (const std::string& w : {word, std::string("X") + word, std::string("9") + word, std::string("Q`") + word}) {
        TokenizedText alone = Tokenize(w);
        TokenizedText padded = Tokenize(w + std::string(24, ' ') + "x");
        REQUIRE(alone.tokens.size() + 1 == padded.tokens.size());
        for (std::size_t i = 0; i < alone.tokens.size(); ++i) {
          CHECK(alone.key(i) == padded.key(i));
          CHECK(alone.key_hashes[i] == padded.key_hashes[i]);
          CHECK(alone.key_hashes[i] == HashBytes(alone.key(i)));
          CHECK(alone.tokens[i].flags == padded.tokens[i].flags);
          CHECK(alone.tokens[i].kind == padded.tokens[i].kind);
          CHECK(alone.tokens[i].end == padded.tokens[i].end);
        }
      }
    }
  }
}

TEST_CASE("tokenize: words longer than sixteen code points keep their rules and flags") {
  TokenizedText t = Tokenize("abcdefghijklmnopqrstuvwxyzAb ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890123456789a "
                             "\xC3\x89" "abcdefghijklmnopq");
  REQUIRE(t.tokens.size() == 5);
  CHECK(t.key(0) == "abcdefghijklmnopqrstuvwxyz");  // the glue rule still applies after a long lower-case run
  CHECK_FALSE(t.tokens[0].has(kCapitalized));
  CHECK(t.key(1) == "ab");
  CHECK(t.tokens[1].has(kCapitalized));
  CHECK(t.tokens[2].has(kAllCaps));
  CHECK(t.tokens[2].has(kCapitalized));
  CHECK(t.tokens[3].has(kHasDigit));
  CHECK(t.tokens[3].kind == TokenKind::kWord);
  CHECK(t.tokens[4].has(kCapitalized));
  CHECK(t.key(4) == "eabcdefghijklmnopq");
}

TEST_CASE("tokenize: on random mixed-script input every token's byte span slices exactly its own code points") {
  std::mt19937 rng(7411);
  const auto& pool = Pool();
  for (int iter = 0; iter < 400; ++iter) {
    std::string text;
    std::size_t len = rng() % 60;
    for (std::size_t k = 0; k < len; ++k) {
      if (rng() % 20 == 0) text.push_back(static_cast<char>(0x80 + rng() % 0x80));  // invalid byte
      else AppendUtf8(pool[rng() % pool.size()], &text);
    }
    CAPTURE(iter);
    TokenizedText t = Tokenize(text);
    const DecodedText& d = t.decoded;
    REQUIRE(d.byte_of.size() == d.cps.size() + 1);
    uint32_t prev_end = 0;
    std::vector<bool> in_token(d.cps.size(), false);
    for (std::size_t i = 0; i < t.tokens.size(); ++i) {
      const Token& tok = t.tokens[i];
      CAPTURE(i);
      REQUIRE(tok.begin < tok.end);
      REQUIRE(tok.end <= d.cps.size());
      CHECK(tok.begin >= prev_end);  // in order, never overlapping
      prev_end = tok.end;
      // The original bytes at the token's byte span decode to exactly the token's code points.
      std::string_view slice = std::string_view(text).substr(t.byte_begin(tok), t.byte_end(tok) - t.byte_begin(tok));
      DecodedText sd = DecodeUtf8(slice);
      CHECK(std::vector<char32_t>(d.cps.begin() + tok.begin, d.cps.begin() + tok.end) == sd.cps);
      // The key is the folded form of those code points.
      std::string folded;
      for (uint32_t k = tok.begin; k < tok.end; ++k) AppendFoldedDefault(d.cps[k], &folded);
      CHECK(t.key(tok) == folded);
      CHECK(t.key_hashes[i] == HashBytes(t.key(tok)));
      for (uint32_t k = tok.begin; k < tok.end; ++k) in_token[k] = true;
    }
    // What no token covers is only white space, line breaks, NUL and invisible characters.
    for (std::size_t k = 0; k < d.cps.size(); ++k) {
      if (in_token[k]) continue;
      char32_t cp = d.cps[k];
      CAPTURE(static_cast<uint32_t>(cp));
      bool blank = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0 || cp == 0xA0 || cp == 0x202F ||
                   cp == 0x2028 || cp == 0x85 || cp == 0x3000 || cp == 0xAD || cp == 0x200B || cp == 0x200D ||
                   cp == 0x2060 || cp == 0xFEFF;
      CHECK(blank);
    }
  }
}

}  // namespace
}  // namespace gazette
