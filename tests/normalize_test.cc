// Tests of src/normalize.cc: folding for matching, with an exact map back to the original bytes.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "normalize.h"
#include "utf8.h"

namespace gazette {
namespace {

std::vector<uint32_t> Map(const NormalizedText& n) { return n.to_original; }

TEST_CASE("normalize: case folding lowers ASCII and non-ASCII letters") {
  CHECK(FoldString("APT31 Fancy BEAR") == "apt31 fancy bear");
  CHECK(FoldString("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90") == "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");  // МОСКВА
  CHECK(FoldString("\xCE\xA3\xCE\x99\xCE\x93\xCE\x9C\xCE\x91") == "\xCF\x83\xCE\xB9\xCE\xB3\xCE\xBC\xCE\xB1");  // ΣΙΓΜΑ
}

TEST_CASE("normalize: accents fold away, precomposed or decomposed") {
  SUBCASE("precomposed é and ç") {
    CHECK(FoldString("\xC3\xA9t\xC3\xA9") == "ete");               // été
    CHECK(FoldString("Fran\xC3\xA7ois") == "francois");           // François
    CHECK(FoldString("\xC3\x89TAT") == "etat");                    // ÉTAT
  }
  SUBCASE("decomposed e + U+0301 maps both code points to the original bytes") {
    NormalizedText n = Normalize("e\xCC\x81t\xC3\xA9");             // e + combining acute, t, é
    CHECK(n.text == "ete");
    CHECK(Map(n) == std::vector<uint32_t>{0, 3, 4, 6});
    CHECK(n.OriginalEnd(1) == 1);  // 'e' alone; the mark produced no byte
    CHECK(n.OriginalEnd(3) == 6);
  }
  SUBCASE("the Latin-1 supplement letters used in French") {
    CHECK(FoldString("\xC3\xA0\xC3\xA2\xC3\xA8\xC3\xAA\xC3\xAB\xC3\xAE\xC3\xAF\xC3\xB4\xC3\xB9\xC3\xBB\xC3\xBC\xC3\xBF") ==
          "aaeeeiiouuuy");  // àâèêëîïôùûüÿ
  }
}

TEST_CASE("normalize: compatibility forms fold to their plain letters") {
  SUBCASE("the ligature fi") {
    NormalizedText n = Normalize("\xEF\xAC\x81le");  // ﬁle
    CHECK(n.text == "file");
    CHECK(Map(n) == std::vector<uint32_t>{0, 0, 3, 4, 5});
    CHECK(n.OriginalEnd(1) == 3);
    CHECK(n.OriginalEnd(2) == 3);
  }
  SUBCASE("full-width letters and digits") {
    CHECK(FoldString("\xEF\xBC\xA1\xEF\xBC\xB0\xEF\xBC\xB4\xEF\xBC\x93\xEF\xBC\x91") == "apt31");  // ＡＰＴ３１
  }
  SUBCASE("superscript two") { CHECK(FoldString("m\xC2\xB2") == "m2"); }
}

TEST_CASE("normalize: Unicode spaces become one ASCII space each") {
  SUBCASE("NBSP") { CHECK(FoldString("Fancy\xC2\xA0" "Bear") == "fancy bear"); }
  SUBCASE("narrow NBSP (French thin space before ;:!?)") { CHECK(FoldString("Alerte\xE2\x80\xAF!") == "alerte !"); }
  SUBCASE("thin space, em space and ideographic space") {
    CHECK(FoldString("a\xE2\x80\x89" "b\xE2\x80\x83" "c\xE3\x80\x80" "d") == "a b c d");
  }
  SUBCASE("tab") { CHECK(FoldString("a\tb") == "a b"); }
  SUBCASE("line breaks are kept (they are sentence boundaries, not spaces)") { CHECK(FoldString("a\nb") == "a\nb"); }
}

TEST_CASE("normalize: typographic quotes become ASCII quotes") {
  SUBCASE("single quotes and apostrophes") {
    CHECK(FoldString("l\xE2\x80\x99" "ANSSI") == "l'anssi");          // ’
    CHECK(FoldString("\xE2\x80\x98x\xE2\x80\x99") == "'x'");          // ‘x’
    CHECK(FoldString("\xCA\xBC") == "'");                             // ʼ modifier letter apostrophe
  }
  SUBCASE("double quotes and guillemets") {
    CHECK(FoldString("\xC2\xAB" "Bonjour\xC2\xBB") == "\"bonjour\"");  // «Bonjour»
    CHECK(FoldString("\xE2\x80\x9CHi\xE2\x80\x9D") == "\"hi\"");        // “Hi”
    CHECK(FoldString("\xE2\x80\x9E" "x") == "\"x");                     // „x
  }
}

TEST_CASE("normalize: dashes and hyphens become '-'") {
  CHECK(FoldString("APT\xE2\x80\x93" "31") == "apt-31");  // en dash
  CHECK(FoldString("a\xE2\x80\x94" "b") == "a-b");         // em dash
  CHECK(FoldString("a\xE2\x80\x90" "b") == "a-b");         // hyphen U+2010
  CHECK(FoldString("a\xE2\x80\x91" "b") == "a-b");         // non-breaking hyphen U+2011
  CHECK(FoldString("a\xE2\x88\x92" "b") == "a-b");         // minus sign U+2212
}

TEST_CASE("normalize: soft hyphens and zero-width characters are removed") {
  SUBCASE("soft hyphen inside a word") {
    NormalizedText n = Normalize("cy\xC2\xAD" "ber");  // cy<SHY>ber
    CHECK(n.text == "cyber");
    CHECK(Map(n) == std::vector<uint32_t>{0, 1, 4, 5, 6, 7});
  }
  SUBCASE("zero-width space, joiners, word joiner and BOM") {
    CHECK(FoldString("a\xE2\x80\x8B" "b\xE2\x80\x8C" "c\xE2\x80\x8D" "d\xE2\x81\xA0" "e\xEF\xBB\xBF" "f") == "abcdef");
  }
}

TEST_CASE("normalize: length-changing case maps keep the offset map exact") {
  SUBCASE("U+0130 I with dot above (2 bytes) folds to i (1 byte)") {
    NormalizedText n = Normalize("\xC4\xB0stanbul");
    CHECK(n.text == "istanbul");
    CHECK(Map(n) == std::vector<uint32_t>{0, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(n.OriginalEnd(1) == 2);
  }
  SUBCASE("capital sharp s U+1E9E (3 bytes) folds to ss") {
    NormalizedText n = Normalize("STRA\xE1\xBA\x9E" "E");
    CHECK(n.text == "strasse");
    CHECK(Map(n) == std::vector<uint32_t>{0, 1, 2, 3, 4, 4, 7, 8});
    CHECK(n.OriginalEnd(5) == 7);
    CHECK(n.OriginalEnd(6) == 7);
  }
  SUBCASE("small sharp s U+00DF folds to ss") {
    NormalizedText n = Normalize("Stra\xC3\x9F" "e");
    CHECK(n.text == "strasse");
    CHECK(Map(n) == std::vector<uint32_t>{0, 1, 2, 3, 4, 4, 6, 7});
  }
  SUBCASE("Kelvin sign U+212A (3 bytes) folds to k (1 byte)") {
    NormalizedText n = Normalize("5\xE2\x84\xAA");
    CHECK(n.text == "5k");
    CHECK(Map(n) == std::vector<uint32_t>{0, 1, 4});
    CHECK(n.OriginalEnd(2) == 4);
  }
  SUBCASE("all of them in a row") {
    NormalizedText n = Normalize("\xEF\xAC\x81\xC4\xB0\xE2\x84\xAA\xE1\xBA\x9E");  // ﬁ İ K ẞ
    CHECK(n.text == "fiikss");
    CHECK(Map(n) == std::vector<uint32_t>{0, 0, 3, 5, 8, 8, 11});
  }
}

TEST_CASE("normalize: invalid bytes become U+FFFD mapped to their own byte") {
  NormalizedText n = Normalize("a\xFF" "b");
  CHECK(n.text == "a\xEF\xBF\xBD" "b");
  CHECK(Map(n) == std::vector<uint32_t>{0, 1, 1, 1, 2, 3});
  CHECK(n.OriginalEnd(4) == 2);
}

TEST_CASE("normalize: FoldOptions switch each folding off") {
  SUBCASE("case_fold off keeps case, still drops accents") {
    FoldOptions o;
    o.case_fold = false;
    CHECK(Normalize("\xC3\x89t\xC3\xA9", o).text == "Ete");
  }
  SUBCASE("accent_fold off keeps the accent, composed") {
    FoldOptions o;
    o.accent_fold = false;
    CHECK(Normalize("\xC3\x89t\xC3\xA9", o).text == "\xC3\xA9t\xC3\xA9");
  }
  SUBCASE("quotes off keeps the typographic apostrophe") {
    FoldOptions o;
    o.quotes = false;
    CHECK(Normalize("l\xE2\x80\x99x", o).text == "l\xE2\x80\x99x");
  }
  SUBCASE("spaces and compatibility off keep NBSP (NFKD alone maps it to a space)") {
    FoldOptions o;
    o.spaces = false;
    o.compatibility = false;
    CHECK(Normalize("a\xC2\xA0" "b", o).text == "a\xC2\xA0" "b");
  }
  SUBCASE("drop_invisible off keeps the zero-width space") {
    FoldOptions o;
    o.drop_invisible = false;
    CHECK(Normalize("a\xE2\x80\x8B" "b", o).text == "a\xE2\x80\x8B" "b");
  }
}

// Code points that exercise every folding path, across scripts.
const std::vector<char32_t>& Pool() {
  static const std::vector<char32_t> pool = {
      'a', 'Z', 'q', '0', '9', ' ', '.', ',', '-', '\'', '"', '\n', '\t', '(', ')',
      0xE9, 0xC9, 0xE7, 0xC7, 0xDF, 0xE0, 0xF4, 0xFF, 0x178, 0x130, 0x131, 0x1E9E, 0x212A, 0x212B,
      0xFB01, 0xFB02, 0xFF21, 0xFF41, 0xFF13, 0xB2, 0x2168,                            // compatibility
      0x301, 0x300, 0x327, 0x308, 0x20DD,                                               // combining marks
      0xA0, 0x202F, 0x2009, 0x3000, 0x2028,                                             // spaces
      0x2019, 0x2018, 0x201C, 0x201D, 0xAB, 0xBB, 0x2013, 0x2014, 0x2011, 0x2212,      // quotes, dashes
      0xAD, 0x200B, 0x200D, 0x2060, 0xFEFF,                                             // invisible
      0x41C, 0x43E, 0x3A3, 0x3C2, 0x390, 0x5D0, 0x627, 0x628, 0x915, 0x93F, 0x4E2D, 0x6587, 0xAC00,
      0x1F600, 0x1F1EB, 0x1F1F7, 0x1D400, 0x10400, 0x10428, 0xFFFD};
  return pool;
}

TEST_CASE("normalize: seeded random mixed-script texts round-trip through the offset map") {
  std::mt19937 rng(20240611);
  const auto& pool = Pool();
  for (int iter = 0; iter < 300; ++iter) {
    std::string text;
    std::size_t len = rng() % 40;
    for (std::size_t k = 0; k < len; ++k) {
      if (rng() % 25 == 0) {
        text.push_back(static_cast<char>(0x80 + rng() % 0x80));  // an invalid byte now and then
      } else {
        AppendUtf8(pool[rng() % pool.size()], &text);
      }
    }
    CAPTURE(iter);
    NormalizedText n = Normalize(text);
    DecodedText d = DecodeUtf8(text);
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    CHECK(n.to_original.back() == text.size());
    CHECK(IsValidUtf8(n.text));
    // The normalized bytes that map to one original code point are exactly that code point folded
    // alone, and the groups come in text order: the map loses nothing and invents nothing.
    std::string rebuilt;
    std::size_t b = 0;
    for (std::size_t i = 0; i < d.cps.size(); ++i) {
      std::string folded;
      AppendFoldedDefault(d.cps[i], &folded);
      rebuilt += folded;
      for (std::size_t k = 0; k < folded.size(); ++k, ++b) {
        REQUIRE(b < n.text.size());
        CHECK(n.text[b] == folded[k]);
        CHECK(n.to_original[b] == d.byte_of[i]);
        CHECK(n.OriginalEnd(b + 1) == d.byte_of[i + 1]);
      }
    }
    CHECK(b == n.text.size());
    CHECK(rebuilt == n.text);
    CHECK(FoldString(text) == n.text);
    // Folding is idempotent: aliases and texts are folded the same way whichever is folded first.
    CHECK(FoldString(n.text) == n.text);
  }
}

}  // namespace
}  // namespace gazette
