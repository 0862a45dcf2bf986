// Tests of the entity rule stages (src/pattern_rules.cc, token_rules.cc, acronym_rules.cc,
// country_code_rules.cc, coreference.cc, entity_guards.cc) through the public Extractor: naming-scheme
// patterns, title and cue rules, list lines, acronym definitions, coreference, demonyms and the
// language guard.
//
// Most cases use the fixture extractor (tests/data/gazetteers + the project's rule files), so that
// growing the bundled name lists does not move them; a few use the bundled defaults, as a user would.
#include <doctest/doctest.h>

#include <string>

#include "test_util.h"

namespace gazette {
namespace {

using gazette_test::BundledExtractor;
using gazette_test::CountEntities;
using gazette_test::Describe;
using gazette_test::FindEntity;
using gazette_test::FixtureExtractor;
using gazette_test::Slice;

TEST_CASE("entity rules: naming-scheme patterns find groups no list names") {
  SUBCASE("UNC numbers") {
    Document doc = FixtureExtractor().Extract("Mandiant tracks the cluster as UNC1234 since May.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "UNC1234", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->canonical == "UNC1234");
    CHECK(e->canonical_id == "group:unc1234");
    CHECK(e->source == "rule:group-unc-number");
  }
  SUBCASE("MITRE ATT&CK group ids (G0xxx, G1xxx) unknown to the lists; other G numbers are not groups") {
    Document doc = FixtureExtractor().Extract("ATT&CK lists the actor as G1777, not the G2000 router.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "G1777", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:group-mitre-id");
    CHECK(FindEntity(doc, "G2000", "GROUP") == nullptr);
  }
  SUBCASE("Storm- numbers keep their hyphen and leading zero") {
    Document doc = FixtureExtractor().Extract("Microsoft blamed Storm-0558 for the theft.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Storm-0558", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->canonical == "Storm-0558");
    CHECK(e->canonical_id == "group:storm-0558");
  }
  SUBCASE("\"APT 41\" and \"APT-41\" get the canonical APT41") {
    // "apt" is in non_name_words (gazetteers/rules/entity_rules.json), and ApplyPatternRules drops
    // multi-token matches opening with a non-name word ("The Taurus"), except when that word is
    // written in capitals: "APT 41" and "APT-41" must survive that guard.
    for (const char* text : {"Analysts linked APT 41 to the breach.", "Analysts linked APT-41 to the breach.",
                             "Analysts linked APT41 to the breach."}) {
      CAPTURE(text);
      Document doc = FixtureExtractor().Extract(text);
      INFO(Describe(doc));
      REQUIRE(doc.entities.size() == 1);
      CHECK(doc.entities[0].type == "GROUP");
      CHECK(doc.entities[0].canonical == "APT41");
      CHECK(doc.entities[0].canonical_id == "group:apt41");
      CHECK(doc.entities[0].source == "rule:group-apt-number");
    }
  }
  SUBCASE("vendor animal names: \"Foo Panda\"") {
    Document doc = FixtureExtractor().Extract("The crew known to defenders as Foo Panda resurfaced.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Foo Panda", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == "group:foo-panda");
    CHECK(e->source == "rule:group-vendor-animal");
  }
  SUBCASE("vendor animal names take one capitalized word before the animal") {
    Document doc = FixtureExtractor().Extract("Analysts saw Acme Foo Panda in the logs.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Foo Panda", "GROUP") != nullptr);
    CHECK(FindEntity(doc, "Acme Foo Panda", "GROUP") == nullptr);
  }
  SUBCASE("cluster and CERT-UA style numbers") {
    for (const char* name : {"TG-3390", "CL-STA-0044", "CL-CRI-1014", "UAC-0050", "UAT-4356", "Earth-2023", "Void-0117"}) {
      CAPTURE(name);
      Document doc = FixtureExtractor().Extract(std::string("The report tracks ") + name + " since March.");
      INFO(Describe(doc));
      const Entity* e = FindEntity(doc, name, "GROUP");
      REQUIRE(e != nullptr);
      CHECK(e->source.rfind("rule:group-", 0) == 0);
    }
    Document doc = FixtureExtractor().Extract("The report tracks UAX-0050 and CL-ABC-0044 since March.");
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
  SUBCASE("a pattern never matches half a token") {
    Document doc = FixtureExtractor().Extract("The file XUNC1234 and UNC12345678 are not groups.");
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
}

TEST_CASE("entity rules: a title finds the person after it and stays outside the span") {
  SUBCASE("English title") {
    std::string text = "Senator Jane Doe said the bill failed.";
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    REQUIRE(doc.entities.size() == 1);
    const Entity& e = doc.entities[0];
    CHECK(e.type == "PERSON");
    CHECK(e.text == "Jane Doe");
    CHECK(e.bytes.begin == text.find("Jane"));
    CHECK(e.canonical_id == "person:jane-doe");
    CHECK(e.source == "rule:person-after-title-en");
  }
  SUBCASE("French titles: Mme and M.") {
    // The "MS Defender is not Ms Defender" guard (token_rules.cc) skips short all-caps English titles;
    // "M" is always all caps, so the French title "M." must stay outside that guard.
    Document doc = FixtureExtractor().Extract("Mme Claire Dupont a d\xC3\xA9" "clar\xC3\xA9 que M. Paul Girard \xC3\xA9tait absent.");
    INFO(Describe(doc));
    REQUIRE(doc.entities.size() == 2);
    CHECK(doc.entities[0].text == "Claire Dupont");
    CHECK(doc.entities[0].type == "PERSON");
    CHECK(doc.entities[0].source == "rule:person-after-title-fr");
    CHECK(doc.entities[1].text == "Paul Girard");
  }
  SUBCASE("a lower-case word after the title is no name") {
    Document doc = FixtureExtractor().Extract("The senator said nothing.");
    CHECK(doc.entities.empty());
  }
}

TEST_CASE("entity rules: a possessive title after a comma finds the person before it") {
  SUBCASE("English") {
    Document doc = FixtureExtractor().Extract("Kestrel Systems was fined. Anna Korvel, its chief executive, resigned.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Anna Korvel");
    REQUIRE(e != nullptr);
    CHECK(e->type == "PERSON");
    CHECK(e->source == "rule:person-before-comma-role");
  }
  SUBCASE("French") {
    Document doc = FixtureExtractor().Extract("L'ANSSI a publi\xC3\xA9 un avis. Anna Korvel, sa directrice, a confirm\xC3\xA9.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Anna Korvel");
    REQUIRE(e != nullptr);
    CHECK(e->type == "PERSON");
  }
  SUBCASE("a possessive before no title names no one") {
    Document doc = FixtureExtractor().Extract("Kestrel Systems was fined. Anna Korvel, its network, failed.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Anna Korvel") == nullptr);
  }
}

TEST_CASE("entity rules: list lines give a PERSON and the COUNTRY in brackets") {
  std::string text = "Signed by:\nJean Martin MP (France)\nSenator Anna Berg (Germany)\n";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 4);
  CHECK(doc.entities[0].type == "PERSON");
  CHECK(doc.entities[0].text == "Jean Martin");
  CHECK(doc.entities[1].type == "COUNTRY");
  CHECK(doc.entities[1].text == "France");
  CHECK(doc.entities[2].type == "PERSON");
  CHECK(doc.entities[2].text == "Anna Berg");
  CHECK(doc.entities[3].text == "Germany");
  // The list line also says where the person sits.
  CHECK(gazette_test::FindRelation(doc, "based-in", "Jean Martin", "France") != nullptr);
  CHECK(gazette_test::FindRelation(doc, "based-in", "Anna Berg", "Germany") != nullptr);
}

TEST_CASE("entity rules: an acronym definition gives both forms, and later uses, one canonical id") {
  SUBCASE("Long Form (ACR), then ACR alone") {
    std::string text = "The Office for Digital Vigilance (ODV) issued an alert. Later, ODV said the threat was over.";
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    REQUIRE(doc.entities.size() == 3);
    CHECK(doc.entities[0].text == "Office for Digital Vigilance");
    CHECK(doc.entities[1].text == "ODV");
    CHECK(doc.entities[2].text == "ODV");
    CHECK(doc.entities[2].bytes.begin == text.rfind("ODV"));
    for (const Entity& e : doc.entities) {
      CHECK(e.type == "AGENCY");
      CHECK(e.canonical_id == "agency:odv");
    }
    CHECK(doc.entities[0].source == "rule:acronym-definition");
  }
  SUBCASE("ACR (Long Form), then ACR alone") {
    Document doc = FixtureExtractor().Extract("ODV (Office for Digital Vigilance) issued an alert. ODV said more.");
    INFO(Describe(doc));
    REQUIRE(doc.entities.size() == 3);
    CHECK(doc.entities[0].text == "ODV");
    CHECK(doc.entities[1].text == "Office for Digital Vigilance");
    CHECK(doc.entities[2].text == "ODV");
    for (const Entity& e : doc.entities) CHECK(e.canonical_id == doc.entities[0].canonical_id);
  }
  SUBCASE("an organization head word types the definition ORGANIZATION") {
    Document doc = FixtureExtractor().Extract("The Northern Privacy Alliance (NPA) objected.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "NPA");
    REQUIRE(e != nullptr);
    CHECK(e->type == "ORGANIZATION");
  }
  SUBCASE("a known acronym keeps its gazetteer identity") {
    Document doc = FixtureExtractor().Extract("The National Cyber Security Centre (NCSC) published advice.");
    INFO(Describe(doc));
    for (const Entity& e : doc.entities) CHECK(e.canonical_id == "agency:uk-ncsc");
    CHECK(doc.entities.size() == 2);
  }
  SUBCASE("a known long form picks which entity an ambiguous acronym names") {
    // "OFAC" is both the US Office of Foreign Assets Control and the French Office anti-cybercriminalité.
    Document us = BundledExtractor().Extract("The Office of Foreign Assets Control (OFAC) sanctioned two firms.");
    INFO(Describe(us));
    REQUIRE(FindEntity(us, "OFAC") != nullptr);
    CHECK(FindEntity(us, "OFAC")->canonical_id == "agency:us-ofac");
    CHECK(FindEntity(us, "Office of Foreign Assets Control")->canonical_id == "agency:us-ofac");
    Document fr = BundledExtractor().Extract("L'Office anti-cybercriminalité (OFAC) a ouvert une enquête.");
    INFO(Describe(fr));
    REQUIRE(FindEntity(fr, "OFAC") != nullptr);
    CHECK(FindEntity(fr, "OFAC")->canonical_id == "agency:fr-ofac");
  }
  SUBCASE("letters that do not spell the acronym define nothing") {
    Document doc = FixtureExtractor().Extract("The Office for Digital Vigilance (XYZ) issued an alert.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "XYZ") == nullptr);
  }
}

TEST_CASE("entity rules: a lone surname links to the full name met earlier") {
  std::string text = "Senator Jane Doe spoke on Monday. Doe said the vote would pass.";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[1].text == "Doe");
  CHECK(doc.entities[1].bytes.begin == text.rfind("Doe"));
  CHECK(doc.entities[1].type == "PERSON");
  CHECK(doc.entities[1].canonical_id == doc.entities[0].canonical_id);
  CHECK(doc.entities[1].canonical == "Jane Doe");
  CHECK(doc.entities[1].source == "rule:surname-coreference");
  SUBCASE("but not when two people share the surname") {
    Document two = FixtureExtractor().Extract("Senator Jane Doe met Senator John Doe. Doe said nothing.");
    INFO(Describe(two));
    CHECK(CountEntities(two, "Doe") == 0);
    CHECK(FindEntity(two, "Jane Doe") != nullptr);
    CHECK(FindEntity(two, "John Doe") != nullptr);
  }
  SUBCASE("and coreference can be switched off") {
    Config cfg = gazette_test::FixtureConfig();
    cfg.coreference = false;
    Document off = gazette_test::BuildOrFail(cfg)->Extract(text);
    CHECK(CountEntities(off, "Doe") == 0);
  }
}

TEST_CASE("entity rules: a name typed by a cue is found again where it appears without the cue") {
  std::string text = "Researchers tracked a threat actor known as Quartz Heron. Later, Quartz Heron struck again.";
  SUBCASE("fixture data") {
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    REQUIRE(doc.entities.size() == 2);
    for (const Entity& e : doc.entities) {
      CHECK(e.type == "GROUP");
      CHECK(e.text == "Quartz Heron");
      CHECK(e.canonical_id == "group:quartz-heron");
    }
    CHECK(doc.entities[1].bytes.begin == text.rfind("Quartz Heron"));
  }
  SUBCASE("a cue-typed name in lower case elsewhere is left alone") {
    Document doc = FixtureExtractor().Extract("A hacking group known as Velvet Comet struck. The velvet comet was a toy.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Velvet Comet", "GROUP") == 1);
    CHECK(CountEntities(doc, "velvet comet") == 0);
  }
}

TEST_CASE("entity rules: a strong naming cue is enough even when both name words are common words") {
  // "Quartz" and "Heron" are both common words; "a threat actor known as" is a strong enough cue.
  std::string text = "Researchers tracked a threat actor known as Quartz Heron. Later, Quartz Heron struck again.";
  Document doc = BundledExtractor().Extract(text);
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Quartz Heron", "GROUP") == 2);
}

TEST_CASE("entity rules: a vendor that tracks activity under its own name gives a GROUP") {
  const Extractor& ex = BundledExtractor();
  Document en = ex.Extract("Dragonfly Labs, which tracks the same activity under the name Copper Wren, said so.");
  INFO(Describe(en));
  CHECK(CountEntities(en, "Copper Wren", "GROUP") == 1);
  Document fr = ex.Extract("La société Lumen, qui suit cette activité sous le nom de Cobalt Heron, a publié un rapport.");
  INFO(Describe(fr));
  CHECK(CountEntities(fr, "Cobalt Heron", "GROUP") == 1);
  // Without a tracking verb or an actor word nearby, a naming cue names no group.
  Document plain = ex.Extract("The bakery sold its bread under the name Copper Wren for years.");
  INFO(Describe(plain));
  CHECK(CountEntities(plain, "Copper Wren", "GROUP") == 0);
}

TEST_CASE("entity rules: demonyms are the country with demonym=true") {
  Document doc = FixtureExtractor().Extract("French authorities said Chinese hackers were involved.");
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].text == "French");
  CHECK(doc.entities[0].type == "COUNTRY");
  CHECK(doc.entities[0].canonical_id == "country:FR");
  CHECK(doc.entities[0].demonym);
  CHECK(doc.entities[1].canonical_id == "country:CN");
  CHECK(doc.entities[1].demonym);
  SUBCASE("French demonyms in lower case") {
    Document fr = FixtureExtractor().Extract("Les autorit\xC3\xA9s fran\xC3\xA7" "aises accusent des pirates russes.");
    INFO(Describe(fr));
    const Entity* e = FindEntity(fr, "fran\xC3\xA7" "aises");
    REQUIRE(e != nullptr);
    CHECK(e->demonym);
    CHECK(e->canonical_id == "country:FR");
  }
  SUBCASE("a country name is not a demonym") {
    Document fr = FixtureExtractor().Extract("France reacted.");
    REQUIRE(fr.entities.size() == 1);
    CHECK_FALSE(fr.entities[0].demonym);
  }
}

TEST_CASE("entity rules: a demonym used as a language name is no country") {
  for (const char* text : {"I speak French.", "She speaks German fluently.", "The report was written in French.",
                           "Elle parle fran\xC3\xA7" "ais.", "Le rapport est en fran\xC3\xA7" "ais."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
  SUBCASE("but \"in French custody\" names the country") {
    Document doc = FixtureExtractor().Extract("The suspect is in French custody.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "French", "COUNTRY") != nullptr);
  }
}

TEST_CASE("entity rules: every language in a coordinated list of languages is guarded") {
  // "fluent in French and Russian": the second language is guarded through the coordination.
  Document doc = FixtureExtractor().Extract("The operators are fluent in French and Russian.");
  INFO(Describe(doc));
  CHECK(doc.entities.empty());
}

TEST_CASE("entity rules: Config::entity_rules=false leaves only gazetteer matches") {
  Config cfg = gazette_test::FixtureConfig();
  cfg.entity_rules = false;
  Document doc = gazette_test::BuildOrFail(cfg)->Extract("Senator Jane Doe said UNC1234 hit France.");
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].text == "France");
}

TEST_CASE("entity rules: Config::types keeps only the listed types") {
  Config cfg = gazette_test::FixtureConfig();
  cfg.types = {"GROUP"};
  Document doc = gazette_test::BuildOrFail(cfg)->Extract("APT31 targeted France, Senator Jane Doe said.");
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].text == "APT31");
  CHECK(doc.relations.empty());
}

TEST_CASE("entity rules: bundled defaults find the pattern and title rules too") {
  Document doc = BundledExtractor().Extract("Senator Jane Doe said UNC4321 and Storm-0999 were active.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Jane Doe", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "UNC4321", "GROUP") != nullptr);
  CHECK(FindEntity(doc, "Storm-0999", "GROUP") != nullptr);
  for (const Entity& e : doc.entities) CHECK(Slice(doc.text, e.bytes) == e.text);
}

TEST_CASE("entity rules: a cue word written with a capital inside a sentence belongs to a longer name") {
  SUBCASE("English") {
    Document doc = FixtureExtractor().Extract("Analysts met the Velvo Group in Paris.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Velvo", "GROUP") == 0);
    Document lower = FixtureExtractor().Extract("Analysts watched the Velvo group in Paris.");
    INFO(Describe(lower));
    CHECK(CountEntities(lower, "Velvo", "GROUP") == 1);
  }
  SUBCASE("French") {
    Document doc = FixtureExtractor().Extract("Des analystes citent le Groupe Velvo, une entreprise.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Velvo", "GROUP") == 0);
    Document lower = FixtureExtractor().Extract("Des analystes suivent le groupe Velvo depuis mai.");
    INFO(Describe(lower));
    CHECK(CountEntities(lower, "Velvo", "GROUP") == 1);
  }
}

TEST_CASE("entity rules: the words after a possessive are no name for a cue rule") {
  Document doc = FixtureExtractor().Extract("Buyers trusted Marlow's Vault operators for years.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Vault") == 0);
  Document plain = FixtureExtractor().Extract("Buyers trusted Marlow operators for years.");
  INFO(Describe(plain));
  CHECK(CountEntities(plain, "Marlow", "GROUP") == 1);
}

TEST_CASE("entity rules: a cue-found name ending in a malware word is no group") {
  for (const char* text : {"The Quillon RAT operators returned in May.",
                           "Les op\xC3\xA9rateurs de Quillon RAT sont revenus."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
  for (const char* text : {"The Quillon operators returned in May.", "Les op\xC3\xA9rateurs de Quillon sont revenus."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Quillon", "GROUP") == 1);
  }
}

TEST_CASE("entity rules: a naming cue finds a quoted name, quotes outside, and every name of a list") {
  SUBCASE("English quotes") {
    std::string text = "A threat actor known as \xE2\x80\x9CPale Otter\xE2\x80\x9D hit banks.";
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Pale Otter", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->bytes.begin == text.find("Pale"));
  }
  SUBCASE("French guillemets") {
    Document doc = FixtureExtractor().Extract("Un groupe de hackers baptis\xC3\xA9 \xC2\xAB Pale Otter \xC2\xBB a frapp\xC3\xA9.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Pale Otter", "GROUP") == 1);
  }
  SUBCASE("a coordinated list of aliases") {
    Document doc = FixtureExtractor().Extract(
        "The actor uses the aliases \xE2\x80\x98" "Brisk\xE2\x80\x99 and \xE2\x80\x98Tallow\xE2\x80\x99 on forums.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Brisk", "GROUP") == 1);
    CHECK(CountEntities(doc, "Tallow", "GROUP") == 1);
  }
}

TEST_CASE("entity rules: a naming cue right after a thing noun names no group") {
  for (const char* text : {"The hacker group launched a site called \xE2\x80\x9CPale Otter\xE2\x80\x9D last year.",
                           "Le groupe de pirates a ouvert un site baptis\xC3\xA9 \xC2\xAB Pale Otter \xC2\xBB."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Pale Otter") == 0);
  }
}

TEST_CASE("entity rules: an inflected common word is no name for a cue rule") {
  // "Hiring" is "hire" + -ing (common_words.txt, so the bundled data).
  Document doc = BundledExtractor().Extract("Hiring actors costs the gang money.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Hiring") == 0);
  Document name = BundledExtractor().Extract("Zorvex actors hit banks.");
  INFO(Describe(name));
  CHECK(CountEntities(name, "Zorvex", "GROUP") == 1);
}

TEST_CASE("entity rules: names glued into URLs and file paths are no mentions") {
  SUBCASE("English") {
    std::string text = "See https://example.org/2021/05/France_report.pdf and the France office.";
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    REQUIRE(CountEntities(doc, "France") == 1);
    CHECK(FindEntity(doc, "France")->bytes.begin == text.rfind("France"));
  }
  SUBCASE("French") {
    Document doc = FixtureExtractor().Extract("Voir https://exemple.fr/rapports/France_2021.pdf pour la France.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "France") == 1);
  }
  for (const char* text : {"The loader sits in d:\\build\\Germany\\bin on disk.", "Open Germany.pdf now.",
                           "The blob QmFzZTY0+Germany+IQ== was sent."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
  SUBCASE("slash-joined names stay names") {
    Document doc = FixtureExtractor().Extract("The report names APT28/Sofacy as the actor.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "APT28/Sofacy", "GROUP") == 1);
  }
}

TEST_CASE("entity rules: an ISO code in a Country column or beside its country is the country") {
  SUBCASE("a table column headed Country, and Pays") {
    for (const char* text : {"| Host | Country |\n|---|---|\n| 10.0.0.1 | DE |\n| 10.0.0.2 | FR |\n",
                             "| H\xC3\xB4te | Pays |\n| 10.0.0.1 | DE |\n| 10.0.0.2 | FR |\n"}) {
      CAPTURE(text);
      Document doc = FixtureExtractor().Extract(text);
      INFO(Describe(doc));
      const Entity* de = FindEntity(doc, "DE", "COUNTRY");
      REQUIRE(de != nullptr);
      CHECK(de->canonical_id == "country:DE");
      CHECK(de->source == "rule:country-code-column");
      CHECK(CountEntities(doc, "FR", "COUNTRY") == 1);
    }
  }
  SUBCASE("a row broken over two lines keeps its columns") {
    Document doc = FixtureExtractor().Extract(
        "| Host | Seen | Country | Registrar |\n| 10.0.0.1 | 1/2/21\n | DE | RIPE |\n| 10.0.0.2 | 3/4/21 | FR | RIPE |\n");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "DE", "COUNTRY") == 1);
    CHECK(CountEntities(doc, "FR", "COUNTRY") == 1);
  }
  SUBCASE("no Country column, no country") {
    Document doc = FixtureExtractor().Extract("| Host | Note |\n|---|---|\n| 10.0.0.1 | DE |\n");
    INFO(Describe(doc));
    CHECK(doc.entities.empty());
  }
  SUBCASE("a code beside its own country in brackets, either way round") {
    Document doc = FixtureExtractor().Extract("The file came from DE (Germany), then from Germany (DE), not DE (France).");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "DE", "COUNTRY") == 2);
    Document fr = FixtureExtractor().Extract("Le fichier vient de BE (Belgique), pas de BE seul.");
    INFO(Describe(fr));
    const Entity* be = FindEntity(fr, "BE", "COUNTRY");
    REQUIRE(be != nullptr);
    CHECK(be->canonical_id == "country:BE");
    CHECK(CountEntities(fr, "BE") == 1);  // a code found by its place is not linked to later uses
  }
}

TEST_CASE("entity rules: a demonym before a number is no currency") {
  Document doc = FixtureExtractor().Extract("The Iranian 2009 protests cost US 500 dollars.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Iranian", "COUNTRY") == 1);
  CHECK(CountEntities(doc, "US") == 0);
}

TEST_CASE("entity rules: media, telecom and airline names and colleges hold the country they name") {
  Document doc = FixtureExtractor().Extract(
      "Belgium Central Television aired it, as did Nordvik Telecom and Skyline Airways.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Belgium Central Television", "ORGANIZATION") == 1);
  CHECK(CountEntities(doc, "Nordvik Telecom", "ORGANIZATION") == 1);
  CHECK(CountEntities(doc, "Skyline Airways", "ORGANIZATION") == 1);
  CHECK(CountEntities(doc, "Belgium", "COUNTRY") == 0);
  Document college = FixtureExtractor().Extract("Students of the College of Belgium protested.");
  INFO(Describe(college));
  CHECK(CountEntities(college, "Belgium", "COUNTRY") == 0);
}

// The fixture world plus an invented ransomware, for the rules that retype a known malware name.
const Extractor& MalwareFixtureExtractor() {
  static const gazette_test::TempDir dir;
  static const std::shared_ptr<const Extractor> ex = [] {
    Config cfg = gazette_test::FixtureConfig();
    cfg.gazetteer_paths.push_back(dir.Write("malware.tsv", std::string(gazette_test::kTsvHeader) +
                                                                "malware:glassfang\tMALWARE\tGlassfang\t\tkind=ransomware\n"));
    return gazette_test::BuildOrFail(cfg);
  }();
  return *ex;
}

TEST_CASE("entity rules: a group cue before a known malware name types it as the group operating it") {
  SUBCASE("English") {
    Document doc = MalwareFixtureExtractor().Extract("The attack was claimed by the ransomware gang Glassfang.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Glassfang", "GROUP");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:group-after-cue-en");
    CHECK(CountEntities(doc, "Glassfang", "MALWARE") == 0);
  }
  SUBCASE("French: le groupe, du gang") {
    Document doc = MalwareFixtureExtractor().Extract(
        "L'attaque a \xC3\xA9t\xC3\xA9 revendiqu\xC3\xA9" "e par le groupe Glassfang. Les serveurs du gang Glassfang ont \xC3\xA9t\xC3\xA9 saisis.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Glassfang", "GROUP") == 2);
    CHECK(CountEntities(doc, "Glassfang", "MALWARE") == 0);
  }
  SUBCASE("without a cue the name stays the malware") {
    Document doc = MalwareFixtureExtractor().Extract("The intruders deployed Glassfang on the servers.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Glassfang", "MALWARE") == 1);
    CHECK(CountEntities(doc, "Glassfang", "GROUP") == 0);
  }
  SUBCASE("a known name of another type is not retyped") {
    Document doc = MalwareFixtureExtractor().Extract("L'attaque a \xC3\xA9t\xC3\xA9 revendiqu\xC3\xA9" "e par le groupe Helix Bank.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Helix Bank", "ORGANIZATION") == 1);
    CHECK(CountEntities(doc, "Helix Bank", "GROUP") == 0);
  }
}

TEST_CASE("entity rules: names listed after \"groups such as\" or between dashes after \"threat actors\" are groups") {
  SUBCASE("English list, a known malware name retyped") {
    Document doc = MalwareFixtureExtractor().Extract(
        "Ransomware groups such as Glassfang and Torvane have spread through RDP for years.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Glassfang", "GROUP") != nullptr);
    CHECK(FindEntity(doc, "Torvane", "GROUP") != nullptr);
    CHECK(CountEntities(doc, "Glassfang", "MALWARE") == 0);
  }
  SUBCASE("French list") {
    Document doc = MalwareFixtureExtractor().Extract(
        "Des groupes tels que Glassfang et Torvane ont frapp\xC3\xA9 des h\xC3\xB4pitaux.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Glassfang", "GROUP") != nullptr);
    CHECK(FindEntity(doc, "Torvane", "GROUP") != nullptr);
  }
  SUBCASE("between dashes, English and French") {
    Document doc = FixtureExtractor().Extract(
        "We describe two threat actors \xE2\x80\x94 Torvane and Quillmark \xE2\x80\x94 and their provider. "
        "Deux groupes \xE2\x80\x93 Brindleaf et Osterwick \xE2\x80\x93 ont \xC3\xA9t\xC3\xA9 observ\xC3\xA9s.");
    INFO(Describe(doc));
    for (const char* name : {"Torvane", "Quillmark", "Brindleaf", "Osterwick"}) CHECK(FindEntity(doc, name, "GROUP") != nullptr);
  }
  SUBCASE("negative: malware \"such as\" stays malware; a common word after the dash is no name") {
    Document doc = MalwareFixtureExtractor().Extract("It was also used by other ransomware such as Glassfang.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Glassfang", "MALWARE") == 1);
    CHECK(CountEntities(doc, "Glassfang", "GROUP") == 0);
    // The common-word list is bundled data.
    Document common = BundledExtractor().Extract("Several groups - Some of them new - were active.");
    INFO(Describe(common));
    CHECK(CountEntities(common, "Some") == 0);
  }
}

TEST_CASE("entity rules: \"which we track as X\" names a group") {
  Document doc = FixtureExtractor().Extract(
      "Activity which we track as Torvane hit banks. L'activit\xC3\xA9 que nous suivons sous le nom de Brindleaf vise "
      "des banques.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Torvane", "GROUP") != nullptr);
  CHECK(FindEntity(doc, "Brindleaf", "GROUP") != nullptr);
  // Negative: "tracked as" after a vulnerability names no group.
  Document cve = FixtureExtractor().Extract("The flaw is tracked as CVE-2021-1234 by the vendor.");
  INFO(Describe(cve));
  for (const Entity& x : cve.entities) CHECK(x.type != "GROUP");
}

TEST_CASE("entity rules: an engineering firm's name holds the country that opens it (common words: bundled data)") {
  Document doc = FixtureExtractor().Extract("The pipeline is being built by Belgium Pipeline Engineering and others.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Belgium Pipeline Engineering", "ORGANIZATION") == 1);
  CHECK(CountEntities(doc, "Belgium", "COUNTRY") == 0);
  // Negative: a common word before the head is no firm ("Social Engineering" is a technique).
  Document none = BundledExtractor().Extract("The lure relied on Social Engineering against Belgium.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Social Engineering") == 0);
  CHECK(CountEntities(none, "Belgium", "COUNTRY") == 1);
}

TEST_CASE("entity rules: a compound title such as \"Deputy Attorney General\" stays outside the person") {
  Document doc = FixtureExtractor().Extract("Deputy Attorney General Jane Doe said the hackers were charged.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Jane Doe", "PERSON") != nullptr);
  CHECK(CountEntities(doc, "Attorney", "PERSON") == 0);
  CHECK(doc.entities.size() == 1);
}

TEST_CASE("entity rules: a lower-case role noun or a nationality noun finds the person after it") {
  SUBCASE("English role nouns") {
    Document doc = FixtureExtractor().Extract(
        "Helix Bank and its leader Ivan Petrov were charged, as was the former police officer Carla Rossi.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Ivan Petrov", "PERSON") != nullptr);
    CHECK(FindEntity(doc, "Carla Rossi", "PERSON") != nullptr);
  }
  SUBCASE("French nationality noun") {
    Document doc = FixtureExtractor().Extract("Le chef pr\xC3\xA9sum\xC3\xA9 du groupe, le Russe Ivan Petrov, a \xC3\xA9t\xC3\xA9 inculp\xC3\xA9.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Ivan Petrov", "PERSON");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:person-after-nationality-fr");
    CHECK(FindEntity(doc, "Russe", "COUNTRY") != nullptr);
  }
  SUBCASE("a role word written with a capital, or one name word, finds no person") {
    Document doc = FixtureExtractor().Extract("The Leader Cyber Forum met. Its leader Ivan spoke. Le Russe a refus\xC3\xA9.");
    INFO(Describe(doc));
    for (const Entity& e : doc.entities) CHECK(e.type != "PERSON");
  }
}

TEST_CASE("entity rules: a role of a ministry, then a comma, then the person") {
  Document doc = FixtureExtractor().Extract("Le porte-parole du minist\xC3\xA8re, Jean Martin, a d\xC3\xA9nonc\xC3\xA9 une ing\xC3\xA9rence.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Jean Martin", "PERSON") != nullptr);
  Document none = FixtureExtractor().Extract("Selon le minist\xC3\xA8re, la menace persiste.");
  INFO(Describe(none));
  CHECK(none.entities.empty());
}

TEST_CASE("entity rules: a title, the body it belongs to, a comma, then the person") {
  SUBCASE("fr") {
    Document doc = FixtureExtractor().Extract(
        "\xC2\xAB C'est inacceptable \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 le porte-parole du Quai d'Orsay, Pierre Lambert.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Pierre Lambert", "PERSON") != nullptr);
    Document far = FixtureExtractor().Extract(
        "Le pr\xC3\xA9sident de la commission de la d\xC3\xA9" "fense de l'Assembl\xC3\xA9" "e nationale, Julie Morel, a r\xC3\xA9" "agi.");
    INFO(Describe(far));
    CHECK(FindEntity(far, "Julie Morel", "PERSON") != nullptr);
  }
  SUBCASE("en") {
    Document doc = FixtureExtractor().Extract("The report was welcomed by the director of the NCSC, Jane Porter.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Jane Porter", "PERSON") != nullptr);
  }
  SUBCASE("negative: without a title before the comma, a capitalized phrase is no person") {
    Document doc = FixtureExtractor().Extract("The NCSC published a report, Threat Landscape Review.");
    INFO(Describe(doc));
    for (const Entity& e : doc.entities) CHECK(e.type != "PERSON");
  }
}

TEST_CASE("entity rules: bundled data knows Quebec bodies and the lower-case gendarmerie nationale") {
  Document doc = BundledExtractor().Extract(
      "La S\xC3\xBBret\xC3\xA9 du Qu\xC3\xA9" "bec et la gendarmerie nationale enqu\xC3\xAAtent sur l'attaque contre la "
      "Soci\xC3\xA9t\xC3\xA9 des alcools du Qu\xC3\xA9" "bec.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "S\xC3\xBBret\xC3\xA9 du Qu\xC3\xA9" "bec", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "gendarmerie nationale", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "Soci\xC3\xA9t\xC3\xA9 des alcools du Qu\xC3\xA9" "bec", "ORGANIZATION") != nullptr);
  // Negative: the province alone stays a location, not nested inside the bodies.
  for (const Entity& e : doc.entities) CHECK(e.type != "LOCATION");
  Document alone = BundledExtractor().Extract("Au Qu\xC3\xA9" "bec, le s\xC3\xA9nateur (LR) a parl\xC3\xA9.");
  INFO(Describe(alone));
  CHECK(FindEntity(alone, "Qu\xC3\xA9" "bec", "LOCATION") != nullptr);
  CHECK(FindEntity(alone, "LR", "ORGANIZATION") != nullptr);
}

TEST_CASE("entity rules: bundled data types DarkSide as a group and REvil as malware") {
  Document doc = BundledExtractor().Extract("DarkSide affiliates deployed REvil on the servers.");
  INFO(Describe(doc));
  const Entity* e = FindEntity(doc, "DarkSide", "GROUP");
  REQUIRE(e != nullptr);
  CHECK(e->canonical_id == "group:darkside");
  CHECK(FindEntity(doc, "REvil", "MALWARE") != nullptr);
}

TEST_CASE("entity rules: a head-word name does not run through a coordination into a known name") {
  SUBCASE("English: the country after 'and' is the next list item") {
    Document doc = BundledExtractor().Extract("The Ministry of Truth and Iran's Foreign Ministry replied.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Ministry of Truth", "AGENCY") != nullptr);
    CHECK(FindEntity(doc, "Iran", "COUNTRY") != nullptr);
  }
  SUBCASE("French: 'et la France' is not part of the agency's name") {
    Document doc = BundledExtractor().Extract("L'Agence Nationale des Trucs et la France ont signé.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Agence Nationale des Trucs", "AGENCY") != nullptr);
    CHECK(FindEntity(doc, "France", "COUNTRY") != nullptr);
  }
  SUBCASE("negative: a coordination inside the name itself stays") {
    Document doc = BundledExtractor().Extract("The Ministry of Science and Technology agreed.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Ministry of Science and Technology", "AGENCY") != nullptr);
  }
}

TEST_CASE("entity rules: a country's possessive stays outside the agency after it (bundled data)") {
  Document doc = BundledExtractor().Extract("China's Ministry of State Security denied it.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "China", "COUNTRY") != nullptr);
  const Entity* mss = FindEntity(doc, "Ministry of State Security", "AGENCY");
  REQUIRE(mss != nullptr);
  CHECK(mss->canonical_id == "agency:cn-mss");
}

TEST_CASE("entity rules: a naming cue's name that adds words to a known one is a new, longer name") {
  SUBCASE("English: the cue's name and its later mentions win over the known alias inside them") {
    Document doc = FixtureExtractor().Extract(
        "We track a threat actor we call Copper Lantern. Copper Lantern sends lures to Germany.");
    INFO(Describe(doc));
    CHECK(CountEntities(doc, "Copper Lantern", "GROUP") == 2);
    CHECK(FindEntity(doc, "Lantern") == nullptr);
  }
  SUBCASE("French") {
    Document doc = FixtureExtractor().Extract("Le groupe baptis\xC3\xA9 Copper Lantern vise la France.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Copper Lantern", "GROUP") != nullptr);
  }
  SUBCASE("a cluster named by the vendor") {
    Document doc = FixtureExtractor().Extract("It is a new cluster, which we named Amber Finch, active since May.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Amber Finch", "GROUP") != nullptr);
  }
  SUBCASE("no cue, a known name alone, or a tool named by the vendor: nothing new") {
    Document doc = FixtureExtractor().Extract(
        "Copper Lantern operators struck. Lantern was quiet. We found a new tool, which we named Amber Finch.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Copper Lantern") == nullptr);
    CHECK(FindEntity(doc, "Lantern", "GROUP") != nullptr);
    CHECK(FindEntity(doc, "Amber Finch") == nullptr);
  }
}

TEST_CASE("entity rules: a city in \"Lyon-based\" is a mention, a demonym in \"Russian-speaking\" is not") {
  Document doc = FixtureExtractor().Extract("A Lyon-based firm and a Russian-speaking forum were named.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Lyon", "LOCATION") != nullptr);
  CHECK(FindEntity(doc, "Russian") == nullptr);
  Document none = FixtureExtractor().Extract("Une recette Lyon-style et un forum Russian-language.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "Lyon") == nullptr);
  CHECK(FindEntity(none, "Russian") == nullptr);
}

TEST_CASE("entity rules: police ranks are titles outside the person") {
  Document doc = FixtureExtractor().Extract("The inquiry was led by Commander Chris Goldsmid and Detective Inspector Ann Lee.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Chris Goldsmid", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Ann Lee", "PERSON") != nullptr);
  for (const Entity& e : doc.entities) CHECK(e.text.find("Commander") == std::string::npos);
}

TEST_CASE("entity rules: \"le groupe de ran\xC3\xA7ongiciel X\" names a group") {
  Document doc = FixtureExtractor().Extract("Le groupe de ran\xC3\xA7ongiciel Noctua a revendiqu\xC3\xA9 l'attaque.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Noctua", "GROUP") != nullptr);
  Document none = FixtureExtractor().Extract("Le groupe de ran\xC3\xA7ongiciel a revendiqu\xC3\xA9 l'attaque.");
  INFO(Describe(none));
  CHECK(none.entities.empty());
}

TEST_CASE("entity rules: a party, a modifier or a constituency may stand between a title and the name") {
  SUBCASE("bracketed party and constituency; the lone surname then links to the full name") {
    Document doc = FixtureExtractor().Extract("Le sénateur (LR) de l'Oise Jean Dupont a saisi l'ANSSI. Dupont réclame un audit.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Jean Dupont", "PERSON");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:person-after-title-fr");
    CHECK(CountEntities(doc, "Dupont", "PERSON") == 1);
    for (const Entity& x : doc.entities) CHECK(x.text.find("Oise") == std::string::npos);
  }
  SUBCASE("a known party (bundled data)") {
    Document doc = BundledExtractor().Extract("Le député Renaissance Paul Midy a interpellé le gouvernement.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Paul Midy", "PERSON") != nullptr);
    CHECK(FindEntity(doc, "Renaissance", "ORGANIZATION") != nullptr);
  }
  SUBCASE("a modifier after a French title; a portfolio or country after an English one") {
    Document fr = FixtureExtractor().Extract("La députée européenne Nathalie Loiseau a dénoncé l'ingérence.");
    INFO(Describe(fr));
    CHECK(FindEntity(fr, "Nathalie Loiseau", "PERSON") != nullptr);
    Document en = FixtureExtractor().Extract("Minister of Defence Ben Wallace met President of France Emmanuel Macron.");
    INFO(Describe(en));
    CHECK(FindEntity(en, "Ben Wallace", "PERSON") != nullptr);
    CHECK(FindEntity(en, "Emmanuel Macron", "PERSON") != nullptr);
    CHECK(FindEntity(en, "France", "COUNTRY") != nullptr);
  }
  SUBCASE("no name after the skipped words, no person") {
    for (const char* text : {"Le député européen a déclaré que la Chine mentait.", "Le sénateur de l'Oise a voté contre.",
                             "The Minister of Defence said so."}) {
      CAPTURE(text);
      Document doc = FixtureExtractor().Extract(text);
      INFO(Describe(doc));
      for (const Entity& x : doc.entities) CHECK(x.type != "PERSON");
    }
  }
}

TEST_CASE("entity rules: a titled surname takes the identity of the one full name with it") {
  Document doc = FixtureExtractor().Extract(
      "La ministre chargée du Numérique, Claire Fontaine, a réuni les opérateurs. Mme Fontaine a évoqué la Chine.");
  INFO(Describe(doc));
  REQUIRE(CountEntities(doc, "Fontaine", "PERSON") == 1);
  CHECK(FindEntity(doc, "Fontaine", "PERSON")->canonical == "Claire Fontaine");
  // Negative: two people share the surname, so the titled one keeps its own.
  Document two = FixtureExtractor().Extract(
      "La ministre, Claire Fontaine, et le directeur, Paul Fontaine, ont parlé. Mme Fontaine a conclu.");
  INFO(Describe(two));
  const Entity* lone = FindEntity(two, "Fontaine", "PERSON");
  REQUIRE(lone != nullptr);
  CHECK(lone->canonical == "Fontaine");
}

TEST_CASE("entity rules: a known city with a lower-case agency head is one agency") {
  Document doc = FixtureExtractor().Extract("The Lyon public prosecutor's office and the Lyon police opened an inquiry.");
  INFO(Describe(doc));
  const Entity* office = FindEntity(doc, "Lyon public prosecutor's office", "AGENCY");
  REQUIRE(office != nullptr);
  CHECK(office->source == "rule:agency-place-head-last");
  CHECK(FindEntity(doc, "Lyon police", "AGENCY") != nullptr);
  CHECK(CountEntities(doc, "Lyon", "LOCATION") == 0);
  Document fr = FixtureExtractor().Extract("Selon le parquet de Lyon, l'enquête continue.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "parquet de Lyon", "AGENCY") != nullptr);
  // Negative: the head apart from the city, or a head that is no agency.
  Document none = FixtureExtractor().Extract("The police in Lyon said the Lyon office of Helix Bank was hit.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Lyon", "LOCATION") == 2);
  for (const Entity& x : none.entities) CHECK(x.type != "AGENCY");
}

TEST_CASE("entity rules: a capitalized municipality head before a known city is one agency") {
  Document fr = FixtureExtractor().Extract("Le centre a prévenu la Ville de Lyon, qui a confirmé l'intrusion.");
  INFO(Describe(fr));
  const Entity* city = FindEntity(fr, "Ville de Lyon", "AGENCY");
  REQUIRE(city != nullptr);
  CHECK(city->source == "rule:agency-head-first");
  Document en = FixtureExtractor().Extract("The City of Lyon said its payroll system was down.");
  INFO(Describe(en));
  CHECK(FindEntity(en, "City of Lyon", "AGENCY") != nullptr);
  // Negative: in lower case the head is a common noun and the city stays a place.
  Document none = FixtureExtractor().Extract("La ville de Lyon est grande, and the city of Lyon is old.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Lyon", "LOCATION") == 2);
  for (const Entity& x : none.entities) CHECK(x.type != "AGENCY");
}

TEST_CASE("entity rules: a person's surname that is a known place does not hide the person") {
  Document fr = FixtureExtractor().Extract("Parmi les victimes figure la députée Claire Lyon, élue du Rhône.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Claire Lyon", "PERSON") != nullptr);
  CHECK(CountEntities(fr, "Lyon", "LOCATION") == 0);
  Document en = FixtureExtractor().Extract("Senator Mark Lyon said the office had been breached.");
  INFO(Describe(en));
  CHECK(FindEntity(en, "Mark Lyon", "PERSON") != nullptr);
  // Before a role cue too; and the surname alone later in the document is the person, not the place.
  Document later = FixtureExtractor().Extract(
      "Mark Lyon, director of operations at the centre, said the office had been breached. Lyon added that "
      "more attacks were likely.");
  INFO(Describe(later));
  CHECK(FindEntity(later, "Mark Lyon", "PERSON") != nullptr);
  CHECK(FindEntity(later, "Lyon", "PERSON") != nullptr);
  CHECK(CountEntities(later, "Lyon", "LOCATION") == 0);
  // Negative: with no given name before it, the place alone is no person; with no person of that
  // surname in the document, the place stays a place.
  Document none = FixtureExtractor().Extract("Senator Lyon said nothing. Lyon added that attacks were likely.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
  CHECK(CountEntities(none, "Lyon", "LOCATION") == 2);
}

TEST_CASE("entity rules: a firm named by two names joined by \"and\" is one name") {
  Document doc = FixtureExtractor().Extract("Harlow and Finch Ltd and Marsh & Doyle Technologies disclosed breaches.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Harlow and Finch Ltd", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Marsh & Doyle Technologies", "ORGANIZATION") != nullptr);
  // Negative: a known name before "and", or a list, are separate names.
  Document two = FixtureExtractor().Extract("Helix Bank and Finch Ltd were hit, as were Acme, Harlow and Doyle Labs.");
  INFO(Describe(two));
  CHECK(FindEntity(two, "Helix Bank", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(two, "Finch Ltd", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(two, "Doyle Labs", "ORGANIZATION") != nullptr);
}

TEST_CASE("entity rules: an acronym that takes an inner letter of a word is still defined (JAXA-style)") {
  std::string text = "The Nordic Cyber Exchange Agency (NCXA) issued an alert. According to NCXA, it is over.";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 3);
  CHECK(doc.entities[0].text == "Nordic Cyber Exchange Agency");
  for (const Entity& e : doc.entities) CHECK(e.canonical_id == "agency:ncxa");
  Document back = FixtureExtractor().Extract("NCXA (Nordic Cyber Exchange Agency) issued an alert.");
  INFO(Describe(back));
  CHECK(FindEntity(back, "Nordic Cyber Exchange Agency", "AGENCY") != nullptr);
  CHECK(FindEntity(back, "NCXA", "AGENCY") != nullptr);
  // Negative: a letter no word holds, or a single word, spells nothing.
  Document none = FixtureExtractor().Extract("The Nordic Cyber Exchange Agency (NCXZ) and Vigilance (VG) met.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "NCXZ") == nullptr);
  CHECK(FindEntity(none, "VG") == nullptr);
}

TEST_CASE("entity rules: a French long form in lower case after its first word defines its acronym") {
  Document doc = FixtureExtractor().Extract(
      "La Direction générale de la surveillance numérique (DGSN) a alerté l'Office national des réseaux (ONR). "
      "Selon la DGSN, rien n'a fui.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Direction générale de la surveillance numérique", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "Office national des réseaux", "AGENCY") != nullptr);
  CHECK(CountEntities(doc, "DGSN", "AGENCY") == 2);
  // Negative: lower case from the start, or initials that do not spell the acronym.
  Document none = FixtureExtractor().Extract("la surveillance numérique générale (SNG) et l'Office national des routes (ONX).");
  INFO(Describe(none));
  CHECK(none.entities.empty());
}

TEST_CASE("entity rules: a French agency name may be its head and lower-case adjectives; a demonym after it is the country") {
  Document doc = FixtureExtractor().Extract("L'Agence spatiale belge a confirmé l'intrusion.");
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].text == "Agence spatiale");
  CHECK(doc.entities[0].type == "AGENCY");
  CHECK(doc.entities[0].canonical == "Agence spatiale belge");
  CHECK(doc.entities[1].text == "belge");
  CHECK(doc.entities[1].type == "COUNTRY");
  CHECK(doc.entities[1].demonym);
  // Negative: a lower-case head is a common noun; the demonym stays the country.
  Document none = FixtureExtractor().Extract("Une agence spatiale belge a confirmé l'intrusion.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "belge", "COUNTRY") != nullptr);
  CHECK(CountEntities(none, "agence spatiale belge") == 0);
}

TEST_CASE("entity rules: \"Korea\" and \"Corée\" alone are South Korea (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "North Korea denied it; officials in Korea said Korean banks were hit. La Corée a protesté.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "North Korea", "COUNTRY")->canonical == "North Korea");
  CHECK(FindEntity(doc, "Korea", "COUNTRY")->canonical == "South Korea");
  CHECK(FindEntity(doc, "Korean", "COUNTRY")->canonical == "South Korea");
  CHECK(FindEntity(doc, "Corée", "COUNTRY")->canonical == "South Korea");
  // Negative: a language.
  Document lang = BundledExtractor().Extract("The lure was written in Korean.");
  INFO(Describe(lang));
  CHECK(lang.entities.empty());
}

TEST_CASE("entity rules: a common-word group name opening a product name is no group (bundled data)") {
  Document doc = BundledExtractor().Extract("The file exploits various Equation Editor flaws and drops Cobalt Strike.");
  INFO(Describe(doc));
  for (const Entity& x : doc.entities) CHECK(x.type != "GROUP");
  // Negative: a group head after it, or a title in capitals, keep the group.
  Document group = BundledExtractor().Extract("The Equation Group used it.\nLeviathan Targets Maritime Firms\n");
  INFO(Describe(group));
  CHECK(FindEntity(group, "Equation Group", "GROUP") != nullptr);
  CHECK(FindEntity(group, "Leviathan", "GROUP") != nullptr);
}

TEST_CASE("entity rules: a group name takes a capitalized group head after it, a code name does not") {
  Document doc = FixtureExtractor().Extract("The Zirconium Group and the APT28 Group struck; the Sofacy group too.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Zirconium Group", "GROUP") != nullptr);
  CHECK(FindEntity(doc, "APT28", "GROUP") != nullptr);
  CHECK(FindEntity(doc, "Sofacy", "GROUP") != nullptr);
  CHECK(CountEntities(doc, "APT28 Group") == 0);
  CHECK(CountEntities(doc, "Sofacy group") == 0);
}

TEST_CASE("entity rules: a name glued after a word and a dot is part of an identifier") {
  Document doc = FixtureExtractor().Extract("Detected as Backdoor.Zirconium in CSIS.China files, says Zirconium.");
  INFO(Describe(doc));
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].text == "Zirconium");
  CHECK(doc.entities[0].bytes.begin > std::string("Detected as Backdoor.Zirconium in CSIS.China files").size());
}

TEST_CASE("entity rules: new crews named by cues in relative clauses, \"track ... as\" and French particles") {
  Document doc = FixtureExtractor().Extract(
      "Researchers track the operators as Glass Heron. The group, which Veldt calls Paper Orchid, sent lures.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Glass Heron", "GROUP") != nullptr);
  CHECK(FindEntity(doc, "Paper Orchid", "GROUP") != nullptr);
  Document fr = FixtureExtractor().Extract("Un avis vise le groupe de pirates Vent d'Est, soutenu par la Chine.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Vent d'Est", "GROUP") != nullptr);
  // Negative: "track" without "as", and a thing noun before the naming cue.
  Document none = FixtureExtractor().Extract("Researchers track the Glass Heron lures. A tool called Paper Orchid.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "GROUP");
}

TEST_CASE("entity rules: a name ending in an organization word before a speech verb is no person") {
  Document doc = FixtureExtractor().Extract(
      "Veldt Security said the flaw was fixed. Brightwater and Sons Holdings said nothing. Anna Berg said more.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Brightwater and Sons Holdings", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Anna Berg", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Veldt Security", "PERSON") == nullptr);
  CHECK(FindEntity(doc, "Sons Holdings", "PERSON") == nullptr);
}

TEST_CASE("entity rules: a title with \"of X\" or \"for X\" before the name, and a lower-case half of a surname") {
  Document doc = FixtureExtractor().Extract(
      "Speaker of Parliament Jussi Halla-aho said the attack was unacceptable. Member of Parliament for Ilford "
      "South Sam Tarry was sanctioned. Chairman Wu Haibo founded the firm.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Jussi Halla-aho", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Sam Tarry", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Wu Haibo", "PERSON") != nullptr);
  CHECK(CountEntities(doc, "Parliament Jussi Halla-aho") == 0);
  // Negative: a common word after a hyphen is a modifier, not half of a surname (bundled common words).
  Document led = BundledExtractor().Extract("Senator Halvorsen-led hearings ended. Anna Berg-backed bills said nothing.");
  INFO(Describe(led));
  CHECK(CountEntities(led, "Halvorsen-led") == 0);
  CHECK(CountEntities(led, "Anna Berg-backed") == 0);
}

TEST_CASE("entity rules: a plural role noun before a list of unknown names") {
  Document doc = FixtureExtractor().Extract(
      "The Treasury sanctioned two of the defendants, Zhao Guangzong and Ni Gaobin. Eight suspects, including "
      "Russian citizens Oleg Nefedov and Viktor Gurov, were listed.");
  INFO(Describe(doc));
  for (const char* name : {"Zhao Guangzong", "Ni Gaobin", "Oleg Nefedov", "Viktor Gurov"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  Document fr = FixtureExtractor().Extract("Deux des accusés, Ivan Petrovitch et Sergueï Ivanov, ont été condamnés.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Ivan Petrovitch", "PERSON") != nullptr);
  CHECK(FindEntity(fr, "Sergueï Ivanov", "PERSON") != nullptr);
  // Negative: known names after the role noun keep their own type; one word is no person.
  Document none = FixtureExtractor().Extract("Among the suspects, North Korea and Iran. The nationals, Zhao, left.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a firm named after its place, with \"and\" or \"Co., Ltd.\"") {
  Document doc = FixtureExtractor().Extract(
      "OFAC named Lyon Xiaoruizhi Science and Technology Company and Qinghe Huaxin Network Technology Co., Ltd. "
      "in the order.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Lyon Xiaoruizhi Science and Technology Company", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Qinghe Huaxin Network Technology Co., Ltd.", "ORGANIZATION") != nullptr);
  // A longer head wins over a shorter one of another rule: a news agency is a firm.
  Document press = FixtureExtractor().Extract("The Quorvane Press Agency reported it; the Quorvane Space Agency did not.");
  INFO(Describe(press));
  CHECK(FindEntity(press, "Quorvane Press Agency", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(press, "Quorvane Space Agency", "AGENCY") != nullptr);
  // Negative: a title in capitals names a firm after its verb at most; a place alone before "and" is
  // another item of a list.
  Document title = BundledExtractor().Extract("Sample Targeting German Chemical Company Found\n\nLyon and Finch Company");
  INFO(Describe(title));
  for (const Entity& x : title.entities) {
    CHECK(x.text.find("Targeting") == std::string::npos);
    CHECK(x.text != "Lyon and Finch Company");
  }
}

TEST_CASE("entity rules: a French name with a demonym inside is the known entry of that country") {
  Document doc = FixtureExtractor().Extract("Le ministère français des Affaires étrangères a réagi.");
  INFO(Describe(doc));
  const Entity* e = FindEntity(doc, "ministère français des Affaires étrangères", "AGENCY");
  REQUIRE(e != nullptr);
  CHECK(e->canonical_id == "agency:fr-quai");
  CHECK(e->source == "rule:demonym-inside-name");
  // Negative: the known entry belongs to another country, so the demonym stays a country.
  Document other = FixtureExtractor().Extract("Le ministère russe des Affaires étrangères a réagi.");
  INFO(Describe(other));
  CHECK(FindEntity(other, "russe", "COUNTRY") != nullptr);
  CHECK(CountEntities(other, "ministère russe des Affaires étrangères") == 0);
  Document bundled = BundledExtractor().Extract("APT31, lié au ministère chinois de la Sécurité d'État, a visé le réseau.");
  INFO(Describe(bundled));
  const Entity* mss = FindEntity(bundled, "ministère chinois de la Sécurité d'État", "AGENCY");
  REQUIRE(mss != nullptr);
  CHECK(mss->canonical_id == "agency:cn-mss");
}

TEST_CASE("entity rules: a known acronym links a long form that does not spell it, typed by a head word") {
  Document doc = FixtureExtractor().Extract(
      "Belgium's Cyber Vigilance Service (CCV) warned him. Selon le Centre belge de cybervigilance (CCV), rien.");
  INFO(Describe(doc));
  const Entity* en = FindEntity(doc, "Cyber Vigilance Service", "AGENCY");
  REQUIRE(en != nullptr);
  CHECK(en->canonical_id == "agency:be-ccv");
  const Entity* fr = FindEntity(doc, "Centre belge de cybervigilance", "AGENCY");
  REQUIRE(fr != nullptr);
  CHECK(fr->canonical_id == "agency:be-ccv");
  Document bundled = BundledExtractor().Extract(
      "Finland's Security and Intelligence Service (Supo) said so. Selon l'Agence nationale de cybersécurité (NÚKIB), "
      "le groupe a visé le ministère.");
  INFO(Describe(bundled));
  CHECK(FindEntity(bundled, "Security and Intelligence Service", "AGENCY") != nullptr);
  CHECK(FindEntity(bundled, "Agence nationale de cybersécurité", "AGENCY") != nullptr);
  // Negative: no head word of the acronym's type, or a long name in brackets (the owner, not a short form).
  Document none = FixtureExtractor().Extract("The Red Garden Festival (CCV) opened. The Threat Analysis Group (Helix Bank) wrote.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Red Garden Festival") == 0);
  CHECK(CountEntities(none, "Threat Analysis Group") == 0);
}

TEST_CASE("entity rules: a company noun before a name, across place adjectives") {
  Document doc = FixtureExtractor().Extract(
      "La société lausannoise Xplain et l'entreprise grenobloise Schneider Electric ont été visées, selon la "
      "cybersecurity firm Quorvane.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Xplain", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Schneider Electric", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Quorvane", "ORGANIZATION") != nullptr);
  // Negative: a verb after the noun ends the search.
  Document none = FixtureExtractor().Extract("La société a indiqué que Quorvane avait corrigé la faille.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: \"the company, X,\" and \"la soci\u00e9t\u00e9, X,\" name a company in apposition") {
  Document doc = FixtureExtractor().Extract(
      "Officials said the company, Quorvane Data Works, hid the servers. Selon le parquet, la soci\xC3\xA9t\xC3\xA9, "
      "Brelvane Conseil, a menti.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Quorvane Data Works", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Brelvane Conseil", "ORGANIZATION") != nullptr);
  // Negative: a relative clause or a lower-case word after the comma names nothing.
  Document none = FixtureExtractor().Extract(
      "The company, which makes routers, was hit. La soci\xC3\xA9t\xC3\xA9, selon ses dirigeants, a r\xC3\xA9sist\xC3\xA9.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: a vendor animal name ends its capitalized run; species are no crews (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "Old Bear Press published the book. A Gray Wolf was seen near the Polar Bear enclosure. Researchers named "
      "the new actor Quartz Panda.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Old Bear") == 0);
  CHECK(CountEntities(doc, "Gray Wolf") == 0);
  CHECK(CountEntities(doc, "Polar Bear") == 0);
  CHECK(FindEntity(doc, "Quartz Panda", "GROUP") != nullptr);
}

TEST_CASE("entity rules: group names that are ordinary words need a threat context (bundled data)") {
  Document prose = BundledExtractor().Extract(
      "The Leviathan gas reserves off Israel are large. Calypso music played while Mercury levels rose and Iridium "
      "satellites launched.");
  INFO(Describe(prose));
  for (const Entity& x : prose.entities) CHECK(x.type != "GROUP");
  Document threat = BundledExtractor().Extract("Microsoft said Mercury used Calypso in a phishing campaign against Israel.");
  INFO(Describe(threat));
  CHECK(FindEntity(threat, "Mercury", "GROUP") != nullptr);
  CHECK(FindEntity(threat, "Calypso", "GROUP") != nullptr);
  // In a threat report, the name counts only where one of its mentions stands in a sentence on threats
  // or actors; that mention confirms the others.
  Document report = BundledExtractor().Extract(
      "APT10 phished the ministry. The pipeline carries gas from the Leviathan gas reserves and from Calypso.\n"
      "Read the full report in Mercury!\nIridium is an APT that targets telecoms. Iridium collects passwords.");
  INFO(Describe(report));
  CHECK(CountEntities(report, "Leviathan", "GROUP") == 0);
  CHECK(CountEntities(report, "Calypso", "GROUP") == 0);
  CHECK(CountEntities(report, "Mercury", "GROUP") == 0);
  CHECK(CountEntities(report, "Iridium", "GROUP") == 2);
  // An item of a bulleted list takes the context of the line that opens the list.
  Document list = BundledExtractor().Extract(
      "APT10 phished the ministry.\nThe following groups exploited the flaw:\n* Leviathan\n\xE2\x80\xA2 Calypso\n"
      "Web browsers\n* Chromium\n* Iridium\n");
  INFO(Describe(list));
  CHECK(CountEntities(list, "Leviathan", "GROUP") == 1);
  CHECK(CountEntities(list, "Calypso", "GROUP") == 1);
  CHECK(CountEntities(list, "Iridium", "GROUP") == 0);
  Document fr = BundledExtractor().Extract(
      "APT10 a pirat\xC3\xA9 le minist\xC3\xA8re. Le gisement Leviathan alimente le gazoduc.\n"
      "Le groupe Calypso a pirat\xC3\xA9 des serveurs. Calypso vise les t\xC3\xA9l\xC3\xA9" "coms.");
  INFO(Describe(fr));
  CHECK(CountEntities(fr, "Leviathan", "GROUP") == 0);
  CHECK(CountEntities(fr, "Calypso", "GROUP") == 2);
  // "Chengdu Silence": a common-word group name right after a place is the end of a longer name.
  // ("Sichuan Silence", the firm that first showed this, is now a listed ORGANIZATION.)
  Document place = BundledExtractor().Extract("Sophos linked the exploit to Chengdu Silence, while Silence hit banks.");
  INFO(Describe(place));
  CHECK(FindEntity(place, "Chengdu", "LOCATION") != nullptr);
  CHECK(CountEntities(place, "Silence") == 1);
  const Entity* silence = FindEntity(place, "Silence", "GROUP");
  REQUIRE(silence != nullptr);
  CHECK(silence->bytes.begin > std::string("Sophos linked the exploit to Chengdu Silence").size());
  Document firm = BundledExtractor().Extract("Sophos linked the exploit to Sichuan Silence, while Silence hit banks.");
  INFO(Describe(firm));
  CHECK(FindEntity(firm, "Sichuan Silence", "ORGANIZATION") != nullptr);
  CHECK(CountEntities(firm, "Silence", "GROUP") == 1);
}

TEST_CASE("entity rules: a firm's name before a capitalized malware kind opens a malware name (bundled data)") {
  Document doc = BundledExtractor().Extract("Police dismantled RedLine and META Stealer. Meta said nothing.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "META") == 0);
  CHECK(FindEntity(doc, "Meta", "ORGANIZATION") != nullptr);
}

TEST_CASE("entity rules: \"conseiller fédéral\" is a title") {
  Document doc = FixtureExtractor().Extract("Le conseiller fédéral Albert Rösti a demandé un audit.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Albert Rösti", "PERSON") != nullptr);
}

TEST_CASE("entity rules: numbered military units are agencies; Palo Alto's Unit 42 stays a firm's team (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "Prosecutors charged officers of GRU Unit 29155. Military Unit 74455, also called Sandworm, and l'unit\xC3\xA9 "
      "26165 du GRU were named, as was the army's unit 61486 and Unit 12345. Unit 42 published the report.");
  INFO(Describe(doc));
  // "GRU Unit 29155" is one name of the unit (the press's usual form); "l'unité 26165 du GRU" keeps the
  // parent service as its own mention.
  const Entity* u29155 = FindEntity(doc, "GRU Unit 29155", "AGENCY");
  REQUIRE(u29155 != nullptr);
  CHECK(u29155->canonical_id == "agency:ru-gru-unit-29155");
  CHECK(CountEntities(doc, "Unit 29155", "AGENCY") == 0);
  CHECK(FindEntity(doc, "GRU", "AGENCY") != nullptr);
  const Entity* u74455 = FindEntity(doc, "Military Unit 74455", "AGENCY");
  REQUIRE(u74455 != nullptr);
  CHECK(u74455->canonical == "Unit 74455");
  const Entity* u26165 = FindEntity(doc, "unit\xC3\xA9 26165", "AGENCY");
  REQUIRE(u26165 != nullptr);
  CHECK(u26165->canonical_id == "agency:ru-gru-unit-26165");
  // A lower-case unit number found by the pattern takes the listed entry's id.
  const Entity* u61486 = FindEntity(doc, "unit 61486", "AGENCY");
  REQUIRE(u61486 != nullptr);
  CHECK(u61486->canonical_id == "agency:cn-pla-unit-61486");
  const Entity* unknown = FindEntity(doc, "Unit 12345", "AGENCY");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->source == "rule:agency-military-unit");
  // Negative: a two-digit research team and a unit without a number.
  CHECK(FindEntity(doc, "Unit 42", "ORGANIZATION") != nullptr);
  CHECK(CountEntities(doc, "Unit 42", "AGENCY") == 0);
  Document none = BundledExtractor().Extract("The unit 42 of the building and a storage unit 2024 are no agencies.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "AGENCY");
}

TEST_CASE("entity rules: Chinese and Russian contractors are companies (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "Leaked files from i-Soon show its work for the MPS. The FBI said Integrity Technology Group ran the botnet.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "i-Soon", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Integrity Technology Group", "ORGANIZATION") != nullptr);
  CHECK(CountEntities(doc, "Integrity Technology Group", "PERSON") == 0);
}

TEST_CASE("entity rules: a name ending in an agency or company head word after a speech verb is no person") {
  Document doc = FixtureExtractor().Extract(
      "The Quorvane Intelligence Service said the network was hit. Officials said Brightwater Technology Group "
      "was hired. Police said Anna Berg left.");
  INFO(Describe(doc));
  CHECK(CountEntities(doc, "Quorvane Intelligence Service", "PERSON") == 0);
  CHECK(CountEntities(doc, "Intelligence Service", "PERSON") == 0);
  CHECK(CountEntities(doc, "Brightwater Technology Group", "PERSON") == 0);
  CHECK(FindEntity(doc, "Anna Berg", "PERSON") != nullptr);
}

TEST_CASE("entity rules: a role noun's complement before the comma and the list of names") {
  Document doc = FixtureExtractor().Extract(
      "The indictment named two officers of the FSB's Center for Information Security, Dmitry Dokuchaev and Igor "
      "Sushchin, as well as the director of Helix Bank, Carla Rossi.");
  INFO(Describe(doc));
  for (const char* name : {"Dmitry Dokuchaev", "Igor Sushchin", "Carla Rossi"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  Document fr = FixtureExtractor().Extract("Deux officiers du GRU, Ivan Petrovitch et Oleg Sokolov, sont vis\xC3\xA9s.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Ivan Petrovitch", "PERSON") != nullptr);
  CHECK(FindEntity(fr, "Oleg Sokolov", "PERSON") != nullptr);
  // Negative: no comma after the complement, a clause inside it, or a single word after it.
  Document none = FixtureExtractor().Extract(
      "Officers of the Helix Bank Security Team met. Members of the board, who left; Quorvane Holdings said so. "
      "Members of the Quorvane Club, Zhao, left.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a singular nationality noun before a comma and a name") {
  Document doc = FixtureExtractor().Extract("Police named a Russian national, Aleksandr Ermakov, as responsible.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Aleksandr Ermakov", "PERSON") != nullptr);
}

TEST_CASE("entity rules: a two-word name after a verb of warning or informing is a person") {
  Document doc = FixtureExtractor().Extract(
      "Le CCB a averti Samuel Cogolati en 2023. The agency notified Carla Rossi and warned Helix Bank.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Samuel Cogolati", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Carla Rossi", "PERSON") != nullptr);
  // Negative: a known name keeps its type; a company or agency head word ends no person.
  CHECK(CountEntities(doc, "Helix Bank", "PERSON") == 0);
  Document none = FixtureExtractor().Extract("The FBI warned Quorvane Technologies. L'ANSSI a inform\xC3\xA9 Brightwater Group.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a country's possessive before a generic agency name links the country's entry (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "Belgium's Centre for Cybersecurity warned MPs. Sweden's Security Service and Australia's Signals Directorate "
      "agreed.");
  INFO(Describe(doc));
  const Entity* ccb = FindEntity(doc, "Centre for Cybersecurity", "AGENCY");
  REQUIRE(ccb != nullptr);
  CHECK(ccb->canonical_id == "agency:be-ccb");
  CHECK(ccb->source == "rule:possessor-known-name");
  CHECK(FindEntity(doc, "Belgium", "COUNTRY") != nullptr);  // the possessor stays a country
  const Entity* sapo = FindEntity(doc, "Security Service", "AGENCY");
  REQUIRE(sapo != nullptr);
  CHECK(sapo->canonical_id == "agency:se-sapo");
  const Entity* asd = FindEntity(doc, "Signals Directorate", "AGENCY");
  REQUIRE(asd != nullptr);
  CHECK(asd->canonical_id == "agency:au-asd");
  // Negative: another country's possessor keeps the generic name; a lower-case head names nothing.
  Document other = BundledExtractor().Extract("Chile's Centre for Cybersecurity opened. Sweden's security service met.");
  INFO(Describe(other));
  const Entity* generic = FindEntity(other, "Centre for Cybersecurity", "AGENCY");
  REQUIRE(generic != nullptr);
  CHECK(generic->canonical_id != "agency:be-ccb");
  CHECK(CountEntities(other, "security service") == 0);
}

TEST_CASE("entity rules: \"Parlement f\xC3\xA9" "d\xC3\xA9ral\" is the federal parliament of the country in the text (bundled data)") {
  Document be = BundledExtractor().Extract("En Belgique, le Parlement f\xC3\xA9" "d\xC3\xA9ral a \xC3\xA9t\xC3\xA9 vis\xC3\xA9.");
  INFO(Describe(be));
  const Entity* chamber = FindEntity(be, "Parlement f\xC3\xA9" "d\xC3\xA9ral", "AGENCY");
  REQUIRE(chamber != nullptr);
  CHECK(chamber->canonical_id == "agency:be-chamber");
  Document ch = BundledExtractor().Extract("En Suisse, le Parlement f\xC3\xA9" "d\xC3\xA9ral a d\xC3\xA9" "battu.");
  INFO(Describe(ch));
  const Entity* assembly = FindEntity(ch, "Parlement f\xC3\xA9" "d\xC3\xA9ral", "AGENCY");
  REQUIRE(assembly != nullptr);
  CHECK(assembly->canonical_id == "agency:ch-federal-assembly");
}

TEST_CASE("entity rules: a news medium or a company after its noun is an organization") {
  Document doc = FixtureExtractor().Extract(
      "L'agence de presse publique Norvexa a diffus\xC3\xA9 une fausse d\xC3\xA9p\xC3\xAA" "che, reprise par la radio "
      "Kestrel FM et par la cha\xC3\xAEne Valdora24. The state broadcaster Tellmark TV denied it. Le Tr\xC3\xA9sor a "
      "sanctionn\xC3\xA9 Li Wen et sa soci\xC3\xA9t\xC3\xA9, Harbor Lantern Network Technology.");
  INFO(Describe(doc));
  for (const char* name : {"Norvexa", "Kestrel FM", "Valdora24", "Tellmark TV", "Harbor Lantern Network Technology"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "ORGANIZATION") != nullptr);
  }
  // Negative: the noun followed by a verb or a lower-case complement names nothing.
  Document none = FixtureExtractor().Extract(
      "La cha\xC3\xAEne d'approvisionnement a \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "e. The newspaper reported that the attack "
      "failed. La radio a indiqu\xC3\xA9 que tout allait bien.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: a name before a comma and an indefinite role noun is a person") {
  Document doc = FixtureExtractor().Extract(
      "Le minist\xC3\xA8re a pr\xC3\xA9" "cis\xC3\xA9 que Ivan Petrovitch, un officier du GRU, et Oleg Sokolov, un membre "
      "du groupe, sont vis\xC3\xA9s. Police questioned Carla Rossi, an official at the bank, on Monday.");
  INFO(Describe(doc));
  for (const char* name : {"Ivan Petrovitch", "Oleg Sokolov", "Carla Rossi"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  // Negative: a company or agency head word ending the name makes it no person.
  Document none = FixtureExtractor().Extract(
      "Quorvane Technologies, un membre du consortium, a r\xC3\xA9" "agi. Helix Bank Security Team, an official partner, met.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a judge's title \"Justice\" before a name") {
  Document doc = FixtureExtractor().Extract("The inquiry led by Justice Marie-Claire Dupuis reported in May.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Marie-Claire Dupuis", "PERSON") != nullptr);
  // Negative: "Justice" opening an agency name or a title gives no person.
  Document none = FixtureExtractor().Extract("Justice Department officials met. The Justice Ministry Office said so.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: names after \"dont\"/\"including\" that follow a noun for people are persons") {
  Document doc = FixtureExtractor().Extract(
      "L'agence avait pr\xC3\xA9venu les d\xC3\xA9put\xC3\xA9s concern\xC3\xA9s, dont Carla Rossi et Paul Martin. "
      "Several lawmakers, including Oleg Sokolov, were targeted.");
  INFO(Describe(doc));
  for (const char* name : {"Carla Rossi", "Paul Martin", "Oleg Sokolov"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  // Negative: without a noun for people before it, or with a company head word, no person.
  Document none = FixtureExtractor().Extract(
      "Plusieurs entreprises, dont Harbor Lantern, ont \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "es. Lawmakers thanked several "
      "firms, including Quorvane Holdings.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a hyphenated party adjective between a title and the name") {
  Document doc = FixtureExtractor().Extract("Le SCRS a inform\xC3\xA9 la d\xC3\xA9put\xC3\xA9" "e n\xC3\xA9o-d\xC3\xA9mocrate Carla Rossi.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Carla Rossi", "PERSON") != nullptr);
  // Negative: a hyphen compound that is no listed modifier stops the skip.
  Document none = FixtureExtractor().Extract("La d\xC3\xA9put\xC3\xA9" "e franco-suisse Quorvane a parl\xC3\xA9.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}


int CountOfType(const Document& doc, std::string_view type) {
  int n = 0;
  for (const Entity& e : doc.entities) n += e.type == type;
  return n;
}

TEST_CASE("entity rules: a country's name or demonym before an agency's name stays its own mention") {
  Document doc = FixtureExtractor().Extract(
      "The United States Department of the Treasury fined the bank. The German Ministry of Economy said it "
      "was warned.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "United States", "COUNTRY") != nullptr);
  CHECK(FindEntity(doc, "Department of the Treasury", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "German", "COUNTRY") != nullptr);
  CHECK(FindEntity(doc, "United States Department of the Treasury", "AGENCY") == nullptr);
  CHECK(FindEntity(doc, "German Ministry of Economy", "AGENCY") == nullptr);
  SUBCASE("not before a state noun, an acronym, another country's agency or a French name's trailing demonym") {
    Document none = FixtureExtractor().Extract(
        "French authorities told the German FBI and the British Federal Bureau of Investigation. Le ministère des "
        "Affaires étrangères chinois a réagi.");
    INFO(Describe(none));
    CHECK(FindEntity(none, "French", "COUNTRY") != nullptr);
    CHECK(FindEntity(none, "German", "COUNTRY") != nullptr);
    CHECK(FindEntity(none, "FBI", "AGENCY") != nullptr);
    CHECK(FindEntity(none, "British", "COUNTRY") != nullptr);
    CHECK(FindEntity(none, "Federal Bureau of Investigation", "AGENCY") != nullptr);
    CHECK(FindEntity(none, "chinois", "COUNTRY") != nullptr);
  }
}

TEST_CASE("entity rules: a lower-case ministry after a country's demonym or name is an agency") {
  Document doc = FixtureExtractor().Extract(
      "A spokesman for the Iranian interior ministry and the Belgium foreign ministry confirmed it.");
  INFO(Describe(doc));
  const Entity* interior = FindEntity(doc, "Iranian interior ministry", "AGENCY");
  REQUIRE(interior != nullptr);
  CHECK(interior->source == "rule:agency-country-head-last");
  CHECK(FindEntity(doc, "Belgium foreign ministry", "AGENCY") != nullptr);
  CHECK(CountOfType(doc, "COUNTRY") == 0);
  // Negative: no country before it, a minister, or a country in lower case.
  Document none = FixtureExtractor().Extract(
      "The foreign ministry said the Iranian interior minister met officials of iranian interior ministry.");
  INFO(Describe(none));
  CHECK(CountOfType(none, "AGENCY") == 0);
}

TEST_CASE("entity rules: names listed between dashes or brackets after a plural role are persons") {
  Document doc = FixtureExtractor().Extract(
      "Three MPs - Jane Doe, John Roe and Ann Poe - were targeted. Two lawmakers (Marta Kowalska and Tomas Berg) "
      "were warned. Trois d\xC3\xA9put\xC3\xA9s \xE2\x80\x93 Marc Dufresne, Anne Durand et Luc Besson \xE2\x80\x93 ont "
      "\xC3\xA9t\xC3\xA9 cibl\xC3\xA9s.");
  INFO(Describe(doc));
  for (const char* name :
       {"Jane Doe", "John Roe", "Ann Poe", "Marta Kowalska", "Tomas Berg", "Marc Dufresne", "Anne Durand", "Luc Besson"}) {
    CAPTURE(name);
    const Entity* e = FindEntity(doc, name, "PERSON");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:person-list-in-brackets");
  }
  // Negative: portfolios and a lower-case aside are no names.
  Document none = FixtureExtractor().Extract(
      "The ministers (Foreign Affairs and Defence) met. Two lawmakers - one from Lyon - spoke. Les ministres "
      "(Affaires \xC3\xA9trang\xC3\xA8res et D\xC3\xA9" "fense) ont parl\xC3\xA9.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a title before a name stops a firm's name joined by \"and\"") {
  Document doc = FixtureExtractor().Extract("Green MP Harriet Quill and Progress Party deputy Ola Brenna were targeted.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Harriet Quill", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Ola Brenna", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Progress Party", "ORGANIZATION") != nullptr);  // a party of common words
  for (const Entity& x : doc.entities) CHECK(x.text.find(" and ") == std::string::npos);
  // Positive still: two surnames joined by "and" name one firm.
  Document firm = FixtureExtractor().Extract("The data was sold by Harlow and Finch Ltd last year.");
  INFO(Describe(firm));
  CHECK(FindEntity(firm, "Harlow and Finch Ltd", "ORGANIZATION") != nullptr);
  // French: the party between the title and the name stays outside the person.
  Document fr = FixtureExtractor().Extract("Le d\xC3\xA9put\xC3\xA9 (LR) Paul Midy et la s\xC3\xA9natrice Agn\xC3\xA8s Vernier ont \xC3\xA9t\xC3\xA9 vis\xC3\xA9s.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Paul Midy", "PERSON") != nullptr);
  CHECK(FindEntity(fr, "Agn\xC3\xA8s Vernier", "PERSON") != nullptr);
}

TEST_CASE("entity rules: an unknown firm named in apposition to a front or shell company") {
  Document doc = FixtureExtractor().Extract(
      "The funds went to Orvane Data Systems, a front company run by the ministry, and to Marlow Fenwick, a front "
      "for the FBI. Sanctions named Qingdao Haiyue Network Technology Co., Limited, and Hubei Lanxin Science and "
      "Technology Company, Limited. Les pirates utilisaient une soci\xC3\xA9t\xC3\xA9 \xC3\xA9" "cran, Nova Tech, "
      "bas\xC3\xA9" "e \xC3\xA0 Lyon.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Orvane Data Systems", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Marlow Fenwick", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Qingdao Haiyue Network Technology Co., Limited", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Hubei Lanxin Science and Technology Company, Limited", "ORGANIZATION") != nullptr);
  const Entity* nova = FindEntity(doc, "Nova Tech", "ORGANIZATION");
  REQUIRE(nova != nullptr);
  CHECK(nova->source == "rule:organization-after-front-company");
  // Negative: a person's job, a name of common words only, no comma.
  Document none = FixtureExtractor().Extract(
      "John Smith, a company director, said so. Its owner, a front company, closed. Une soci\xC3\xA9t\xC3\xA9 "
      "\xC3\xA9" "cran Nova Tech a ferm\xC3\xA9.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: \"anti-\"/\"pro-\" before a state name a stance, not the state") {
  Document doc = FixtureExtractor().Extract(
      "The anti-China campaign used pro-Russian trolls. Des hackers pro-russes visent les sites anti-fran\xC3\xA7" "ais.");
  INFO(Describe(doc));
  CHECK(CountOfType(doc, "COUNTRY") == 0);
  // Negative: a sponsor before "-linked" and a demonym with a space after "pro" stay.
  Document kept = FixtureExtractor().Extract("China-linked hackers and a pro Russian outlet. Des pirates chinois.");
  INFO(Describe(kept));
  CHECK(FindEntity(kept, "China", "COUNTRY") != nullptr);
  CHECK(FindEntity(kept, "Russian", "COUNTRY") != nullptr);
  CHECK(FindEntity(kept, "chinois", "COUNTRY") != nullptr);
}

TEST_CASE("entity rules: names with apostrophes and particles after titles are one person") {
  Document doc = FixtureExtractor().Extract(
      "Senator Siobhan O'Sullivan met President Ursula von der Leyen. M. Val\xC3\xA9ry Giscard d'Estaing et le "
      "ministre Jean-Yves Le Drian ont parl\xC3\xA9.");
  INFO(Describe(doc));
  for (const char* name :
       {"Siobhan O'Sullivan", "Ursula von der Leyen", "Val\xC3\xA9ry Giscard d'Estaing", "Jean-Yves Le Drian"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  // Negative: the title stays outside the span and an elided article after the name is not part of it.
  CHECK(CountEntities(doc, "Senator Siobhan O'Sullivan") == 0);
  Document none = FixtureExtractor().Extract("Le ministre a parl\xC3\xA9 d'Estaing.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: capitals and palaces for a government follow the annotation conventions (bundled data)") {
  Document doc = BundledExtractor().Extract(
      "Korea was targeted. Beijing rejected the claims and the Kremlin denied them. P\xC3\xA9kin a d\xC3\xA9menti.");
  INFO(Describe(doc));
  const Entity* korea = FindEntity(doc, "Korea", "COUNTRY");
  REQUIRE(korea != nullptr);
  CHECK(korea->canonical == "South Korea");
  CHECK(FindEntity(doc, "Beijing", "LOCATION") != nullptr);
  CHECK(FindEntity(doc, "P\xC3\xA9kin", "LOCATION") != nullptr);
  CHECK(FindEntity(doc, "Kremlin", "AGENCY") != nullptr);
  // Negative: "North Korea" is the other state.
  Document north = BundledExtractor().Extract("North Korea was blamed.");
  INFO(Describe(north));
  CHECK(CountEntities(north, "Korea", "COUNTRY") == 0);
  CHECK(FindEntity(north, "North Korea", "COUNTRY") != nullptr);
}


TEST_CASE("entity rules: \"and\" before another agency's head, \"and of the\" or a spaced dash end an agency's name") {
  Document doc = FixtureExtractor().Extract(
      "Emails spoofed the Department of Health and Bureau of Customs, officials of the Ministry of Economy and of "
      "the Ministry of Energy, and the Bureau of Mines - Client Portal. Le Minist\xC3\xA8re de la Sant\xC3\xA9 et "
      "du Minist\xC3\xA8re de l'\xC3\x89nergie.");
  INFO(Describe(doc));
  for (const char* name : {"Department of Health", "Bureau of Customs", "Ministry of Economy", "Ministry of Energy",
                           "Bureau of Mines", "Minist\xC3\xA8re de la Sant\xC3\xA9",
                           "Minist\xC3\xA8re de l'\xC3\x89nergie"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "AGENCY") != nullptr);
  }
  // Positive still: "and" between two words of one portfolio.
  Document one = FixtureExtractor().Extract("The Ministry of Science and Technology was hit.");
  INFO(Describe(one));
  CHECK(FindEntity(one, "Ministry of Science and Technology", "AGENCY") != nullptr);
}


TEST_CASE("entity rules: names after a plural title are persons, a bracketed country between them") {
  Document doc = FixtureExtractor().Extract(
      "MPs Jane Doe and John Roe were targeted, as were Senators Ann Poe and Mark Tell. Les d\xC3\xA9put\xC3\xA9s "
      "Marc Dufresne et Anne Durand ont \xC3\xA9t\xC3\xA9 vis\xC3\xA9s. Three MEPs \xE2\x80\x93 Mira Lexa (Germany), "
      "Rein Buti (Belgium) \xE2\x80\x93 were sanctioned.");
  INFO(Describe(doc));
  for (const char* name : {"Jane Doe", "John Roe", "Ann Poe", "Mark Tell", "Marc Dufresne", "Anne Durand", "Mira Lexa",
                           "Rein Buti"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "PERSON") != nullptr);
  }
  CHECK(FindEntity(doc, "Germany", "COUNTRY") != nullptr);
  CHECK(FindEntity(doc, "Belgium", "COUNTRY") != nullptr);
  // Negative: a plural title before a lower-case word, a single capitalized word or a portfolio.
  Document none = FixtureExtractor().Extract(
      "MPs voted on Monday. Senators Friday said no. Les d\xC3\xA9put\xC3\xA9s ont vot\xC3\xA9. MEPs (Foreign Affairs) met.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a French agency's name with a lower-case complement before a demonym") {
  Document doc = FixtureExtractor().Extract(
      "Selon l'Agence nationale de cybers\xC3\xA9" "curit\xC3\xA9 chinoise et l'Agence spatiale allemand, rien.");
  INFO(Describe(doc));
  const Entity* agency = FindEntity(doc, "Agence nationale de cybers\xC3\xA9" "curit\xC3\xA9", "AGENCY");
  REQUIRE(agency != nullptr);
  CHECK(agency->canonical == "Agence nationale de cybers\xC3\xA9" "curit\xC3\xA9 chinoise");
  CHECK(FindEntity(doc, "chinoise", "COUNTRY") != nullptr);
  CHECK(FindEntity(doc, "Agence spatiale", "AGENCY") != nullptr);
  // Negative: a verb after the head is no complement.
  Document none = FixtureExtractor().Extract("L'Agence a \xC3\xA9t\xC3\xA9 inform\xC3\xA9" "e par le gouvernement chinois.");
  INFO(Describe(none));
  CHECK(CountOfType(none, "AGENCY") == 0);
  CHECK(FindEntity(none, "chinois", "COUNTRY") != nullptr);
}


TEST_CASE("entity rules: a legal form after a known firm's name is part of it") {
  Document doc = FixtureExtractor().Extract(
      "The Treasury named Helix Bank, Limited on Monday. La Banque Helix SARL a r\xC3\xA9pondu.");
  INFO(Describe(doc));
  const Entity* en = FindEntity(doc, "Helix Bank, Limited", "ORGANIZATION");
  REQUIRE(en != nullptr);
  CHECK(en->canonical_id == "org:helix-bank");
  CHECK(FindEntity(doc, "Banque Helix SARL", "ORGANIZATION") != nullptr);
  // Negative: a place or a lower-case word after the comma.
  Document none = FixtureExtractor().Extract("Helix Bank, Lyon and Helix Bank, limited in scope, said so.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Helix Bank", "ORGANIZATION") == 2);
}


TEST_CASE("entity rules: a lone surname keeps its particles and a French compound surname") {
  Document doc = FixtureExtractor().Extract(
      "Le ministre Jean-Yves Le Drian a r\xC3\xA9" "agi. Selon Le Drian, c'est grave. M. Val\xC3\xA9ry Giscard d'Estaing "
      "est venu. Giscard d'Estaing a parl\xC3\xA9. Minister Pieter de Vries met MP Anouk van den Berg. De Vries said "
      "van den Berg was targeted.");
  INFO(Describe(doc));
  for (const char* name : {"Le Drian", "Giscard d'Estaing", "De Vries", "van den Berg"}) {
    CAPTURE(name);
    const Entity* e = FindEntity(doc, name, "PERSON");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:surname-coreference");
  }
  CHECK(FindEntity(doc, "Le Drian", "PERSON")->canonical == "Jean-Yves Le Drian");
  // Negative: a given name is never part of the surname, nor a particle the text does not write.
  Document none = FixtureExtractor().Extract(
      "Mr. Jean d'Ormesson and Ms. Mary Ann O'Neil spoke. Then d'Ormesson left and Ann O'Neil stayed. Minister "
      "Pieter de Vries came. Vries spoke.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "d'Ormesson", "PERSON") != nullptr);
  CHECK(FindEntity(none, "O'Neil", "PERSON") != nullptr);
  CHECK(CountEntities(none, "Ann O'Neil", "PERSON") == 0);
  CHECK(FindEntity(none, "Vries", "PERSON") != nullptr);
}


TEST_CASE("entity rules: a photographer's name in a photo credit is a person") {
  Document doc = FixtureExtractor().Extract(
      "Cr\xC3\xA9" "dit: REUTERS/Kacper Pempel/Illustration\n\nThe FBI said so. Photo by Anna Lind for the paper.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Kacper Pempel", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Anna Lind", "PERSON") != nullptr);
  // Negative: an agency's or a picture service's name is no person.
  Document none = FixtureExtractor().Extract("Photo: AFP/Getty Images. REUTERS/File Photo. Photo by the author.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}


TEST_CASE("entity rules: a plural title's modifiers stand before the listed names") {
  Document doc = FixtureExtractor().Extract(
      "Les d\xC3\xA9put\xC3\xA9s europ\xC3\xA9" "ens Rapha\xC3\xABl Gluck et Nathalie Loiret ont r\xC3\xA9" "agi.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Rapha\xC3\xABl Gluck", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Nathalie Loiret", "PERSON") != nullptr);
  // Negative: a verb after the plural title stops the rule.
  Document none = FixtureExtractor().Extract("Les d\xC3\xA9put\xC3\xA9s votent Rapha\xC3\xABl Gluck.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}


TEST_CASE("entity rules: a party's name of common words is an organization, except opening a sentence") {
  Document doc = FixtureExtractor().Extract("The Green Party said so. A Freedom Party spokesman agreed. Le Parti vert aussi.");
  INFO(Describe(doc));
  const Entity* green = FindEntity(doc, "Green Party", "ORGANIZATION");
  REQUIRE(green != nullptr);
  CHECK(green->source == "rule:organization-party");
  CHECK(FindEntity(doc, "Freedom Party", "ORGANIZATION") != nullptr);
  // Negative (bundled common words): the head alone, or common words opening a sentence.
  Document none = BundledExtractor().Extract("Party officials met. Birthday Party Ideas For Kids.");
  INFO(Describe(none));
  CHECK(CountOfType(none, "ORGANIZATION") == 0);
}

TEST_CASE("entity rules: a firm's kind before an unknown name makes it a firm (EN, FR)") {
  Document doc = BundledExtractor().Extract(
      "Officials named the Perth shipbuilder Tidewell Marine, the IT company Norvalis Soft and the crypto "
      "exchange Quintaro. A local security company, Ostrava Shield, found the flaw.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Tidewell Marine", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Norvalis Soft", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Quintaro", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Ostrava Shield", "ORGANIZATION") != nullptr);
  Document fr = BundledExtractor().Extract("Les fonds venaient de la plateforme japonaise Sorimachi Exchange.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Sorimachi Exchange", "ORGANIZATION") != nullptr);
  // Negative: a verb, a known name or a common word after the cue.
  Document none = BundledExtractor().Extract(
      "La plateforme a annoncé une pause. The exchange Monday reopened. The shipbuilder said it was safe.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: a firm named after its city is one name; its short form links to it") {
  Document doc = BundledExtractor().Extract(
      "The men worked for Chengdu Ruiqi Information Technology. Ruiqi denied it. The crypto exchange Tarnova "
      "Exchange was hacked; Tarnova said funds were safe.");
  INFO(Describe(doc));
  const Entity* firm = FindEntity(doc, "Chengdu Ruiqi Information Technology", "ORGANIZATION");
  REQUIRE(firm != nullptr);
  CHECK(CountEntities(doc, "Chengdu", "LOCATION") == 0);
  // The short form drops the generic last words and the city: "Ruiqi".
  const Entity* ruiqi = FindEntity(doc, "Ruiqi", "ORGANIZATION");
  REQUIRE(ruiqi != nullptr);
  CHECK(ruiqi->canonical == "Chengdu Ruiqi Information Technology");
  const Entity* tarnova = FindEntity(doc, "Tarnova", "ORGANIZATION");
  REQUIRE(tarnova != nullptr);
  CHECK(tarnova->canonical == "Tarnova Exchange");
  // Negative: the city alone stays a place; a lower-case word is no short form.
  Document none = BundledExtractor().Extract(
      "Chengdu hosted the fair. The crypto exchange Tarnova Exchange opened; tarnova is a word.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "Chengdu", "LOCATION") != nullptr);
  CHECK(CountEntities(none, "tarnova") == 0);
}

TEST_CASE("entity rules: a firm's short form drops its place and generic words, never down to a place or a common word") {
  Document fr = BundledExtractor().Extract(
      "Selon l'acte d'accusation, les pirates travaillaient pour Wuhan Qianrong Network Technology. Zhou Lin, "
      "pr\xC3\xA9sident de Qianrong, a ni\xC3\xA9.");
  INFO(Describe(fr));
  const Entity* qianrong = FindEntity(fr, "Qianrong", "ORGANIZATION");
  REQUIRE(qianrong != nullptr);
  CHECK(qianrong->canonical == "Wuhan Qianrong Network Technology");
  // Negative: what is left is a common word ("Harbor"), or only the place ("Wuhan").
  Document none = BundledExtractor().Extract(
      "The hackers worked for Wuhan Harbor Information Technology. Harbor trade fell. Wuhan hosted the fair.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "Wuhan Harbor Information Technology", "ORGANIZATION") != nullptr);
  CHECK(CountEntities(none, "Harbor", "ORGANIZATION") == 0);
  CHECK(FindEntity(none, "Wuhan", "LOCATION") != nullptr);
}

TEST_CASE("entity rules: a firm named in apposition, with modifiers before the noun") {
  SUBCASE("English") {
    Document doc = FixtureExtractor().Extract(
        "Payments went to Zenvora Advisory, a private intelligence firm registered in Lyon. Servers at Fjordvik "
        "Data, a Bergen-based firm that hosts sites, were seized. The breach hit Cagerra, the water utility of "
        "the region. A report by Thornvale, a Lyon think tank, followed. Aurexa, a Chinese state-owned "
        "conglomerate, denied it.");
    INFO(Describe(doc));
    for (const char* name : {"Zenvora Advisory", "Fjordvik Data", "Cagerra", "Thornvale", "Aurexa"}) {
      CAPTURE(name);
      const Entity* e = FindEntity(doc, name, "ORGANIZATION");
      REQUIRE(e != nullptr);
      CHECK(e->source == "rule:organization-before-firm-apposition");
    }
    CHECK(FindEntity(doc, "Lyon", "LOCATION") != nullptr);
    CHECK(FindEntity(doc, "Chinese", "COUNTRY") != nullptr);
  }
  SUBCASE("French") {
    Document doc = FixtureExtractor().Extract(
        "Les fonds ont transit\xC3\xA9 par Dorvane, une petite soci\xC3\xA9t\xC3\xA9 \xC3\xA9tablie \xC3\xA0 "
        "Lyon. Le code venait de Kelmarix, un sous-traitant de la marine.");
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Dorvane", "ORGANIZATION") != nullptr);
    CHECK(FindEntity(doc, "Kelmarix", "ORGANIZATION") != nullptr);
  }
  SUBCASE("negative: a person's role, a compound noun, no name, a hyphen modifier alone, an adverb") {
    Document none = FixtureExtractor().Extract(
        "Jane Holt, a company spokesman, said so. Tom Reed, a firm believer in audits, agreed. The firm, a leader "
        "in automation, declined. Bergen-based researchers found the flaw. Eric Vance, a former FBI contractor, "
        "left. Marc Dubois, un ancien salari\xC3\xA9 de la soci\xC3\xA9t\xC3\xA9, a parl\xC3\xA9. Separately, a bank in "
        "Lyon was hit. Parall\xC3\xA8lement, une soci\xC3\xA9t\xC3\xA9 bas\xC3\xA9" "e \xC3\xA0 Lyon a \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "e.");
    INFO(Describe(none));
    for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
  }
}

TEST_CASE("entity rules: a front company's place before its name") {
  Document doc = FixtureExtractor().Extract(
      "Le Tr\xC3\xA9sor a sanctionn\xC3\xA9 une soci\xC3\xA9t\xC3\xA9 \xC3\xA9" "cran bas\xC3\xA9" "e \xC3\xA0 "
      "Lyon, Verdane Trade, accus\xC3\xA9" "e de blanchiment. The FBI named a front company based in Lyon, Ostrava "
      "Pay, for laundering.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Verdane Trade", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Ostrava Pay", "ORGANIZATION") != nullptr);
  CHECK(FindEntity(doc, "Lyon", "LOCATION") != nullptr);
  // Negative: no name after the complement's comma, or a company that is no front.
  Document none = FixtureExtractor().Extract(
      "The FBI named a front company based in Lyon, which laundered funds. A company based in Lyon, Marc said, "
      "closed.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "ORGANIZATION");
}

TEST_CASE("entity rules: a firm's weak head names it after a place or after another firm of a list") {
  Document doc = BundledExtractor().Extract(
      "The campaign used Guangzhou Bluesea Security to buy servers. Les sanctions visent Nortel Vega Technology, "
      "\xC3\xA9tablie \xC3\xA0 Shenzhen, et Bravo Lumen Security, ainsi que Kessel Arc Networks. The order names "
      "Corvid Arc Labs and Talon Brisk Data.");
  INFO(Describe(doc));
  for (const char* name : {"Guangzhou Bluesea Security", "Bravo Lumen Security", "Nortel Vega Technology",
                           "Kessel Arc Networks", "Talon Brisk Data"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "ORGANIZATION") != nullptr);
  }
  CHECK(CountEntities(doc, "Guangzhou", "LOCATION") == 0);
  // Negative: common words only after the place, a known name before "and", one word before the head.
  Document none = BundledExtractor().Extract(
      "Beijing Public Security said so. The alert came from Microsoft and Homeland Security officials. Acme Labs "
      "and Border Security met.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Beijing Public Security", "ORGANIZATION") == 0);
  CHECK(CountEntities(none, "Homeland Security") == 0);
  CHECK(CountEntities(none, "Border Security") == 0);
}

TEST_CASE("entity rules: an agency name extended by a place or by capitalized words and an agency head") {
  Document doc = BundledExtractor().Extract(
      "The operation was run by the IRGC Cyber-Electronic Command. The Hainan State Security Department "
      "recruited the hackers for the Ministry of State Security's Guangdong State Security Department.");
  INFO(Describe(doc));
  for (const char* name : {"IRGC Cyber-Electronic Command", "Hainan State Security Department",
                           "Guangdong State Security Department", "Ministry of State Security"}) {
    CAPTURE(name);
    CHECK(FindEntity(doc, name, "AGENCY") != nullptr);
  }
  CHECK(CountEntities(doc, "Hainan", "LOCATION") == 0);
  Document fixture = FixtureExtractor().Extract("The FBI Cyber Fraud Division warned banks.");
  INFO(Describe(fixture));
  const Entity* division = FindEntity(fixture, "FBI Cyber Fraud Division", "AGENCY");
  REQUIRE(division != nullptr);
  CHECK(division->source == "rule:agency-extended-head-last");
  // Negative: a country or demonym before an agency stays its own mention; no head, no longer name; a
  // known name after the agency makes two.
  Document split = FixtureExtractor().Extract(
      "The French ANSSI and China's Ministry of State Security were named. The FBI Director spoke. The FBI CCV "
      "Unit met.");
  INFO(Describe(split));
  CHECK(FindEntity(split, "French", "COUNTRY") != nullptr);
  CHECK(FindEntity(split, "ANSSI", "AGENCY") != nullptr);
  CHECK(FindEntity(split, "China", "COUNTRY") != nullptr);
  CHECK(CountEntities(split, "FBI Director") == 0);
  CHECK(FindEntity(split, "CCV", "AGENCY") != nullptr);
  CHECK(CountEntities(split, "FBI CCV Unit") == 0);
  Document title = BundledExtractor().Extract("FBI Targeting Office Closed.");
  INFO(Describe(title));
  CHECK(CountEntities(title, "FBI Targeting Office") == 0);  // a title in capitals holds a verb
}

TEST_CASE("entity rules: a long form with \"contre\"/\"against\" defines its acronym") {
  Document doc = FixtureExtractor().Extract(
      "La Direction de la lutte contre la fraude num\xC3\xA9rique (DLFN) a saisi les serveurs. The Office "
      "against Digital Fraud (OADF) agreed.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Direction de la lutte contre la fraude num\xC3\xA9rique", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "DLFN", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "Office against Digital Fraud", "AGENCY") != nullptr);
  // Negative: no acronym, no agency.
  Document none = FixtureExtractor().Extract("La lutte contre la fraude num\xC3\xA9rique continue.");
  INFO(Describe(none));
  CHECK(none.entities.empty());
}

TEST_CASE("entity rules: a Chinese or Korean surname alone links to the full name opening with it") {
  Document doc = BundledExtractor().Extract(
      "Prosecutors said Gao Wenbo ran the unit. Seoul named four individuals, among them Ri Chol Min, a "
      "commander. Later, Gao denied it and Ri said nothing.");
  INFO(Describe(doc));
  const Entity* gao = FindEntity(doc, "Gao", "PERSON");
  REQUIRE(gao != nullptr);
  CHECK(gao->canonical == "Gao Wenbo");
  REQUIRE(FindEntity(doc, "Ri Chol Min", "PERSON") != nullptr);
  const Entity* ri = FindEntity(doc, "Ri", "PERSON");
  REQUIRE(ri != nullptr);
  CHECK(ri->canonical == "Ri Chol Min");
  // Negative: two people share the surname; a Western given name is no surname.
  Document none = BundledExtractor().Extract(
      "Gao Wenbo said it was false. Gao Lin said so too. Gao denied it. Helen Marsh said Helen was away.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "Gao", "PERSON") == 0);
  CHECK(CountEntities(none, "Helen", "PERSON") == 0);
  // Negative: a surname that is also a word, opening a sentence, is the word.
  Document word = BundledExtractor().Extract("Long Yun said the talks went well. Long delays followed.");
  INFO(Describe(word));
  CHECK(CountEntities(word, "Long", "PERSON") == 0);
}

TEST_CASE("entity rules: a byline and a surname cue name a person") {
  Document doc = BundledExtractor().Extract(
      "Hackers hit parliament\nBy Helen Marsh, Political Correspondent\n\nAn officer identified only by his "
      "surname, Tan, recruited them.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Helen Marsh", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Tan", "PERSON") != nullptr);
  Document fr = BundledExtractor().Extract("Piratage au Parlement\nPar Julie Roux\n\nLe service a été visé.");
  INFO(Describe(fr));
  CHECK(FindEntity(fr, "Julie Roux", "PERSON") != nullptr);
  // Negative: "by" inside a sentence, or not opening its line.
  Document none = BundledExtractor().Extract("The report was written by Harbour Team.\nIt was, By Vessa Lind, long.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: French military and parliamentary titles (lieutenant, conseiller aux États)") {
  Document doc = BundledExtractor().Extract(
      "Le lieutenant Marc Dubois a été inculpé. Sa nouvelle administratrice générale, Inès Walter, a refusé. "
      "La conseillère nationale Anna Keller (Verts) a dénoncé l'attaque. Le conseiller aux États Pierre-Alain "
      "Morand, membre du parti, juge la situation grave.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Marc Dubois", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Inès Walter", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Anna Keller", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Pierre-Alain Morand", "PERSON") != nullptr);
  // Negative: "États" belongs to the title, never to the name.
  for (const Entity& x : doc.entities) CHECK(x.text.find("tats") == std::string::npos);
  Document en = BundledExtractor().Extract("Lieutenant Mark Hale was charged.");
  INFO(Describe(en));
  CHECK(FindEntity(en, "Mark Hale", "PERSON") != nullptr);
}

TEST_CASE("entity rules: French ministries named before their country") {
  Document doc = BundledExtractor().Extract(
      "Les pirates ont visé le ministère de l'Économie et le ministère des Affaires sociales d'Estonie.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "ministère de l'Économie", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "ministère des Affaires sociales", "AGENCY") != nullptr);
  CHECK(FindEntity(doc, "Estonie", "COUNTRY") != nullptr);
  // Negative: a ministry not named, and a lower-case word after it.
  Document none = BundledExtractor().Extract("Le ministère a indiqué que le ministère de tutelle était prévenu.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "AGENCY");
}

TEST_CASE("entity rules: an acronym after a French long form spelling the English name") {
  Document doc = BundledExtractor().Extract(
      "L'Agence des services financiers (FSA) du Japon a publié une alerte. La FSA a ajouté des détails.");
  INFO(Describe(doc));
  const Entity* lf = FindEntity(doc, "Agence des services financiers", "AGENCY");
  REQUIRE(lf != nullptr);
  const Entity* fsa = FindEntity(doc, "FSA", "AGENCY");
  REQUIRE(fsa != nullptr);
  CHECK(fsa->canonical_id == lf->canonical_id);
  // Negative: bracketed capitals that do not spell the entry's name.
  Document none = BundledExtractor().Extract("L'Agence des services financiers (PDF) du Japon a publié une alerte.");
  INFO(Describe(none));
  CHECK(CountEntities(none, "PDF") == 0);
}

TEST_CASE("entity rules: a place or nationality between the article and the role in an apposition") {
  Document doc = BundledExtractor().Extract(
      "Yin Kecheng, a Shanghai resident, was charged. Park Jun-ho, a South Korean national, was not.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Yin Kecheng", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Park Jun-ho", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Shanghai", "LOCATION") != nullptr);
  // Negative: a firm before "a US company" is no person.
  Document none = BundledExtractor().Extract("Norvalis Group, a US company, said it had patched the flaw.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a definition that starts inside a known name keeps its demonym") {
  Document doc = BundledExtractor().Extract(
      "The IRGC and the Iranian Ministry of Intelligence Services (MOIS) developed the tools.");
  INFO(Describe(doc));
  const Entity* iran = FindEntity(doc, "Iranian", "COUNTRY");
  REQUIRE(iran != nullptr);
  CHECK(iran->demonym);
  CHECK(FindEntity(doc, "MOIS", "AGENCY") != nullptr);
  // Negative: a listed name opening with the demonym stays one agency.
  Document one = BundledExtractor().Extract("The Iranian Ministry of Intelligence and Security was sanctioned.");
  INFO(Describe(one));
  CHECK(CountEntities(one, "Iranian", "COUNTRY") == 0);
  CHECK(FindEntity(one, "Iranian Ministry of Intelligence and Security", "AGENCY") != nullptr);
}

TEST_CASE("entity rules: a listed given name and a capitalized surname name a person") {
  Document doc = BundledExtractor().Extract(
      "The sanctions target Anton Velikhov, Yulia Strelkina and Dmitri Okhlopkov. Esther Wambugu led the "
      "audit of the list. Wambugu added that Marc-Antoine Vézina "
      "and Karim el-Haddawi had left.");
  INFO(Describe(doc));
  for (const char* name : {"Anton Velikhov", "Yulia Strelkina", "Dmitri Okhlopkov", "Esther Wambugu", "Marc-Antoine Vézina",
                           "Karim el-Haddawi"}) {
    const Entity* e = FindEntity(doc, name, "PERSON");
    REQUIRE_MESSAGE(e != nullptr, name);
    CHECK(e->source == "rule:person-given-name");
  }
  // The surname alone later in the document is the same person.
  const Entity* later = FindEntity(doc, "Wambugu", "PERSON");
  REQUIRE(later != nullptr);
  CHECK(later->canonical_id == FindEntity(doc, "Esther Wambugu")->canonical_id);
  SUBCASE("French, with particles") {
    Document fr = BundledExtractor().Extract(
        "Le rapport de Margaux Trévidic décrit la mairie visée. Hugues de La Vallière a confirmé l'attaque. "
        "Trévidic a ajouté que les données avaient fuité.");
    INFO(Describe(fr));
    CHECK(FindEntity(fr, "Margaux Trévidic", "PERSON") != nullptr);
    CHECK(FindEntity(fr, "Hugues de La Vallière", "PERSON") != nullptr);
    const Entity* surname = FindEntity(fr, "Trévidic", "PERSON");
    REQUIRE(surname != nullptr);
    CHECK(surname->canonical == "Margaux Trévidic");
  }
  SUBCASE("a given name that is also a common word needs a reporting context") {
    Document said = BundledExtractor().Extract(
        "Analysts at the firm, with Will Okafor, who led them, found it. Le rapport de Grant Mwaura, qui dirige l'équipe, "
        "est paru.");
    INFO(Describe(said));
    CHECK(FindEntity(said, "Will Okafor", "PERSON") != nullptr);
    CHECK(FindEntity(said, "Grant Mwaura", "PERSON") != nullptr);
    Document none = BundledExtractor().Extract(
        "Will Okafor attend the hearing? Mark Brown paint covered the wall.\nSophie Kerlan Resigns After Data Breach\n"
        "Ivan Rusk Turns Hostile, the paper says.");
    INFO(Describe(none));
    for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
  }
}

TEST_CASE("entity rules: a given name before a surname that also names a town is a person") {
  // "Korolyov" and "Chichester" are towns in the bundled places list.
  Document doc = BundledExtractor().Extract(
      "Those designated are Anton Velikhov as well as Dmitry Korolyov. Selon Paul Chichester, rien n'a fuit\xC3\xA9.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Dmitry Korolyov", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Paul Chichester", "PERSON") != nullptr);
  // Negative: a given name that is a common word does not take a town as its surname, and a town alone stays one.
  Document none = BundledExtractor().Extract("Grant Chichester funds arrived. The office in Chichester closed.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
  CHECK(CountEntities(none, "Chichester", "LOCATION") >= 1);
}

TEST_CASE("entity rules: a Chinese or Korean family name and its given name name a person") {
  Document doc = BundledExtractor().Extract(
      "Prosecutors charged Zhao Minghui and Xu Tianpeng with intrusion. Officials named Pak Yong Su as head. "
      "Zhao denied the charges.");
  INFO(Describe(doc));
  for (const char* name : {"Zhao Minghui", "Xu Tianpeng", "Pak Yong Su"}) {
    const Entity* e = FindEntity(doc, name, "PERSON");
    REQUIRE_MESSAGE(e != nullptr, name);
    CHECK(e->source == "rule:person-family-name");
  }
  const Entity* later = FindEntity(doc, "Zhao", "PERSON");
  REQUIRE(later != nullptr);
  CHECK(later->canonical == "Zhao Minghui");
  // Negative: a family name before a common word, a head word or a consonant cluster is no name.
  Document none = BundledExtractor().Extract(
      "They met on Park Avenue during a Song Dynasty exhibition. Sun Microsystems shipped it. "
      "Le Chen Consortium a été visé.");
  INFO(Describe(none));
  for (const Entity& x : none.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a given name inside another name is no person") {
  Document doc = BundledExtractor().Extract(
      "The Jordan Valley Authority and the Washington Post reported it. Peter Fjordline Data Services was hit, "
      "as were Daniel Bank and Sophie Otieno Group. Le Centre a averti la Ville de Morlaix, qui a confirmé. "
      "Staff at Fort William Kessler left. Paris Kovač Holdings was named.");
  INFO(Describe(doc));
  for (const Entity& x : doc.entities) CHECK(x.type != "PERSON");
}

TEST_CASE("entity rules: a surname glued into a compound is no later mention of the person") {
  Document doc = BundledExtractor().Extract(
      "Henrik Valsted told reporters he runs the network. The block is announced as VALSTED-NET by Valsted.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Henrik Valsted", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Valsted", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "VALSTED", "PERSON") == nullptr);
}


TEST_CASE("entity rules: a user's given-names file opens person names") {
  const gazette_test::TempDir dir;
  Config cfg = gazette_test::FixtureConfig();
  cfg.gazetteer_paths.push_back(dir.Write("my_given_names.txt", "# invented\nOrlaith\n"));
  const std::shared_ptr<const Extractor> ex = gazette_test::BuildOrFail(cfg);
  Document doc = ex->Extract("Orlaith Venhagen led the audit. Venhagen left in May.");
  INFO(Describe(doc));
  CHECK(FindEntity(doc, "Orlaith Venhagen", "PERSON") != nullptr);
  CHECK(FindEntity(doc, "Venhagen", "PERSON") != nullptr);
  // Without the file the name is no person: the fixture lists no given names.
  Document none = FixtureExtractor().Extract("Orlaith Venhagen led the audit.");
  INFO(Describe(none));
  CHECK(FindEntity(none, "Orlaith Venhagen") == nullptr);
}

TEST_CASE("entity rules: a municipality named as a body is an agency; the city alone stays a place") {
  SUBCASE("en and fr, capitalized head and any name") {
    for (const char* text : {"The City of Norvale said its servers were hit.",
                             "La Ville de Norvale a confirm\xC3\xA9 une intrusion.",
                             "La Mairie d'Estrelle a port\xC3\xA9 plainte."}) {
      CAPTURE(text);
      Document doc = FixtureExtractor().Extract(text);
      INFO(Describe(doc));
      CHECK(CountOfType(doc, "AGENCY") == 1);
    }
  }
  SUBCASE("fr, lower-case head before a known place") {
    Document doc = FixtureExtractor().Extract("La municipalit\xC3\xA9 de Lyon a port\xC3\xA9 plainte.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "municipalit\xC3\xA9 de Lyon", "AGENCY");
    REQUIRE(e != nullptr);
    CHECK(e->source == "rule:agency-place-head-first");
  }
  SUBCASE("the city in lower case, or the place alone, is no agency") {
    for (const char* text : {"He moved to the city of Lyon last year.", "La ville de Lyon est belle.",
                             "Lyon a confirm\xC3\xA9 une intrusion."}) {
      CAPTURE(text);
      Document doc = FixtureExtractor().Extract(text);
      INFO(Describe(doc));
      CHECK(CountOfType(doc, "AGENCY") == 0);
      CHECK(FindEntity(doc, "Lyon", "LOCATION") != nullptr);
    }
  }
}

TEST_CASE("entity rules: a dateline's country bearing its capital's name is the city") {
  SUBCASE("en and fr") {
    for (const char* text : {"LUXEMBOURG, 3 juin \xE2\x80\x93 Le gouvernement a r\xC3\xA9" "agi.",
                             "Title\n\nLUXEMBOURG (Reuters) - The government reacted."}) {
      CAPTURE(text);
      Document doc = BundledExtractor().Extract(text);
      INFO(Describe(doc));
      const Entity* e = FindEntity(doc, "LUXEMBOURG", "LOCATION");
      REQUIRE(e != nullptr);
      CHECK(e->canonical_id == "location:luxembourg-city");
    }
  }
  SUBCASE("inside a sentence, in lower case, or a capital of another name: the country") {
    for (const char* text : {"Le Luxembourg a r\xC3\xA9" "agi, dit-il.", "Luxembourg, 3 June - The government reacted.",
                             "FRANCE, 3 juin \xE2\x80\x93 Le gouvernement a r\xC3\xA9" "agi."}) {
      CAPTURE(text);
      Document doc = BundledExtractor().Extract(text);
      INFO(Describe(doc));
      CHECK(CountOfType(doc, "LOCATION") == 0);
      CHECK(CountOfType(doc, "COUNTRY") == 1);
    }
  }
}

TEST_CASE("entity rules: \"de l'\xC3\x89tat <demonym>\" of the agency's own state is part of its name") {
  SUBCASE("own state: one agency") {
    Document doc = BundledExtractor().Extract(
        "Le Service de renseignement de l'\xC3\x89tat luxembourgeois (SRE) a publi\xC3\xA9 un rapport.");
    INFO(Describe(doc));
    const Entity* e = FindEntity(doc, "Service de renseignement de l'\xC3\x89tat luxembourgeois", "AGENCY");
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == "agency:lu-sre");
    CHECK(CountOfType(doc, "COUNTRY") == 0);
  }
  SUBCASE("another state's demonym, or after a body's name: apart") {
    for (const char* text : {"Le Service de renseignement de l'\xC3\x89tat belge a publi\xC3\xA9 un rapport.",
                             "Le Tr\xC3\xA9sor am\xC3\xA9ricain a publi\xC3\xA9 une liste."}) {
      CAPTURE(text);
      Document doc = BundledExtractor().Extract(text);
      INFO(Describe(doc));
      CHECK(CountOfType(doc, "COUNTRY") == 1);
    }
  }
}

TEST_CASE("entity rules: \"The mayor, X,\" and \"Le maire, X,\" name a person") {
  for (const char* text : {"The City of Norvale was hit. The mayor, Alma Tessier, said so.",
                           "La Ville de Norvale a \xC3\xA9t\xC3\xA9 touch\xC3\xA9" "e. Le maire, Alma Tessier, l'a confirm\xC3\xA9.",
                           "Le commissaire, Alma Tessier, a parl\xC3\xA9."}) {
    CAPTURE(text);
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(FindEntity(doc, "Alma Tessier", "PERSON") != nullptr);
  }
  // A description, not a name, after the comma.
  Document doc = FixtureExtractor().Extract("The mayor, a former nurse, said so.");
  INFO(Describe(doc));
  CHECK(CountOfType(doc, "PERSON") == 0);
}

}  // namespace
}  // namespace gazette
