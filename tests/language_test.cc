// Tests of src/language.cc: English or French, from function words.
#include <doctest/doctest.h>

#include <string>

#include "language.h"
#include "tokenize.h"

namespace gazette {
namespace {

std::string Guess(std::string_view text) { return GuessLanguage(Tokenize(text)); }

TEST_CASE("language: English news text is en") {
  CHECK(Guess("The group was linked to the government and has targeted banks in the region.") == "en");
  CHECK(Guess("Officials said it is from a state actor.") == "en");
}

TEST_CASE("language: French news text is fr") {
  CHECK(Guess("Le groupe est li\xC3\xA9 au gouvernement et a vis\xC3\xA9 des banques dans la r\xC3\xA9gion.") == "fr");
  SUBCASE("elided articles count as French") {
    CHECK(Guess("L'ANSSI a d\xC3\xA9tect\xC3\xA9 l'attaque d'un groupe.") == "fr");
    CHECK(Guess("L\xE2\x80\x99" "ANSSI a d\xC3\xA9tect\xC3\xA9 l\xE2\x80\x99" "attaque d\xE2\x80\x99un groupe.") == "fr");
  }
}

TEST_CASE("language: French names inside English text do not flip the guess") {
  CHECK(Guess("The director of the Agence nationale de la s\xC3\xA9" "curit\xC3\xA9 said that the attack was over.") == "en");
}

TEST_CASE("language: text without function words defaults to en") {
  CHECK(Guess("") == "en");
  CHECK(Guess("APT31 APT28 12345") == "en");
}

}  // namespace
}  // namespace gazette
