// Tests of src/ambiguity.cc through the public Extractor: a name marked {ambiguous} in several entries
// of one type is resolved by the document around it (entries named elsewhere, countries, language).
#include <string>

#include "test_util.h"

namespace gazette {
namespace {

using gazette_test::Describe;
using gazette_test::FindEntity;
using gazette_test::kTsvHeader;

// Two invented "Cyber Watch Office" agencies sharing the acronym CWO, in Atlantis (AA, English) and
// Borealia (BB, French), plus their countries and one other agency of Borealia.
std::shared_ptr<const Extractor> World(const gazette_test::TempDir& dir) {
  Config cfg;
  cfg.use_bundled_data = false;
  cfg.gazetteer_paths = {dir.Write("world.tsv", std::string(kTsvHeader) +
                                                    "agency:aa-cwo\tAGENCY\tAtlantis Cyber Watch Office\tCWO{ambiguous}\tcountry=AA\n"
                                                    "agency:bb-cwo\tAGENCY\tOffice de veille cyber\tCWO{ambiguous}\tcountry=BB;lang=fr\n"
                                                    "agency:bb-mint\tAGENCY\tBorealian Mint\t\tcountry=BB\n"
                                                    "country:AA\tCOUNTRY\tAtlantis\tAtlantean{demonym}\t\n"
                                                    "country:BB\tCOUNTRY\tBorealia\tBorealian{demonym}\t\n")};
  return gazette_test::BuildOrFail(cfg);
}

std::string IdOf(const Document& doc, const char* text) {
  const Entity* e = FindEntity(doc, text);
  return e ? e->canonical_id : "(none)";
}

TEST_CASE("ambiguity: without evidence the entry listed first keeps the name") {
  gazette_test::TempDir dir;
  Document doc = World(dir)->Extract("The CWO issued a warning on Monday.");
  INFO(Describe(doc));
  CHECK(IdOf(doc, "CWO") == "agency:aa-cwo");
}

TEST_CASE("ambiguity: the country the document names picks the entry") {
  gazette_test::TempDir dir;
  Document doc = World(dir)->Extract("Borealian officials said the CWO had warned two ministries.");
  INFO(Describe(doc));
  CHECK(IdOf(doc, "CWO") == "agency:bb-cwo");
  CHECK(FindEntity(doc, "CWO")->canonical == "Office de veille cyber");
  SUBCASE("an entry of that country counts as its mention") {
    Document mint = World(dir)->Extract("The Borealian Mint was hit; the CWO is investigating.");
    INFO(Describe(mint));
    CHECK(IdOf(mint, "CWO") == "agency:bb-cwo");
  }
  SUBCASE("the most mentioned country wins") {
    Document both = World(dir)->Extract("Atlantis and Borealia met. Atlantis asked the CWO to act. Atlantis paid.");
    INFO(Describe(both));
    CHECK(IdOf(both, "CWO") == "agency:aa-cwo");
  }
}

TEST_CASE("ambiguity: an entry named in full elsewhere in the document wins over country counts") {
  gazette_test::TempDir dir;
  Document doc = World(dir)->Extract(
      "Borealia and Borealian banks were hit. The Atlantis Cyber Watch Office helped. The CWO said so.");
  INFO(Describe(doc));
  CHECK(IdOf(doc, "CWO") == "agency:aa-cwo");
}

TEST_CASE("ambiguity: the document's language decides when nothing else does") {
  gazette_test::TempDir dir;
  Document fr = World(dir)->Extract("Le CWO a publié mardi une alerte sur cette campagne.");
  INFO(Describe(fr));
  CHECK(fr.lang == "fr");
  CHECK(IdOf(fr, "CWO") == "agency:bb-cwo");
}

TEST_CASE("ambiguity: bundled acronyms shared by countries follow the document") {
  const Extractor& ex = gazette_test::BundledExtractor();
  CHECK(IdOf(ex.Extract("The Dutch government said the NCSC had warned ministries."), "NCSC") == "agency:nl-ncsc");
  CHECK(IdOf(ex.Extract("The NCSC issued guidance to British firms."), "NCSC") == "agency:gb-ncsc");
  CHECK(IdOf(ex.Extract("OFAC sanctioned two firms, the Treasury said."), "OFAC") == "agency:us-ofac");
  CHECK(IdOf(ex.Extract("L'OFAC a ouvert une enquête sur ces faits."), "OFAC") == "agency:fr-ofac");
  // Across types: the news agency in a French story, the police in an Australian one.
  Document afp = ex.Extract("French officials told AFP that the attack had failed.");
  INFO(Describe(afp));
  CHECK(IdOf(afp, "AFP") == "org:afp");
  CHECK(FindEntity(afp, "AFP")->type == "ORGANIZATION");
  CHECK(IdOf(ex.Extract("The AFP arrested two men in Sydney, Australia."), "AFP") == "agency:au-afp");
  // With no country in the text, the alias marked {preferred} is the reading: the news agency.
  CHECK(IdOf(ex.Extract("Hamas praised the attack, according to AFP."), "AFP") == "org:afp");
  CHECK(IdOf(ex.Extract("Selon l'AFP, le Hamas a salu\xC3\xA9 l'attaque."), "AFP") == "org:afp");
  // Naming the police elsewhere still wins over the preferred reading.
  CHECK(IdOf(ex.Extract("The Australian Federal Police said the AFP had arrested two men."), "AFP") ==
        "agency:au-afp");
  // Two news agencies named APS: the Algerian one where the story is about Algeria, the Senegalese
  // one where it is about Senegal.
  CHECK(IdOf(ex.Extract("The Algerian news agency APS said Algiers was targeted."), "APS") == "org:aps-algeria");
  CHECK(IdOf(ex.Extract("Selon l'APS, le S\xC3\xA9n\xC3\xA9gal a \xC3\xA9t\xC3\xA9 vis\xC3\xA9 \xC3\xA0 Dakar."), "APS") ==
        "org:aps-senegal");
  CHECK(IdOf(ex.Extract("Tajikistan's GKNB arrested two hackers in Dushanbe."), "GKNB") == "agency:tj-gknb");
}

}  // namespace
}  // namespace gazette
