// Tests of src/gazetteer.cc (with src/match_units.cc): the token trie, leftmost-longest matching, the
// case rules, and how the matches surface through the public Extractor (demonyms, deny lists).
#include <doctest/doctest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "gazetteer.h"
#include "gazetteer_data.h"
#include "match_units.h"
#include "normalize.h"
#include "test_util.h"
#include "tokenize.h"

namespace gazette {
namespace {

using gazette_test::kTsvHeader;
using Strings = std::vector<std::string>;

class Matcher {
 public:
  explicit Matcher(const std::string& rows, const std::unordered_set<std::string>& common_words = {}) {
    GazetteerData data;
    std::vector<Error> errors;
    LoadGazetteerTsv(std::string(kTsvHeader) + rows, "t.tsv", Config{}, &data, &errors);
    StringSet common;
    for (const std::string& w : common_words) common.insert(w);
    g_ = Gazetteer::Compile(std::move(data), common, Config{}, &errors);
    INFO(gazette_test::ErrorsToString(errors));
    REQUIRE(errors.empty());
  }
  // "surface=id" for each hit, in text order.
  Strings Match(std::string_view text) const {
    TokenizedText t = Tokenize(text);
    std::vector<MatchUnit> units = MakeMatchUnits(t);
    std::vector<GazetteerHit> hits;
    g_.Match(t, units, &hits);
    Strings out;
    for (const GazetteerHit& h : hits) {
      uint32_t b = t.byte_begin(t.tokens[h.first_token]), e = t.byte_end(t.tokens[h.end_token - 1]);
      out.push_back(std::string(text.substr(b, e - b)) + "=" + g_.entry(g_.alias(h.alias).entry).id);
    }
    return out;
  }
  const Gazetteer& gazetteer() const { return g_; }

 private:
  Gazetteer g_;
};

TEST_CASE("match units: letters and digits of one word are separate units; glued hyphens vanish") {
  auto keys = [](std::string_view text) {
    TokenizedText t = Tokenize(text);
    Strings out;
    for (const MatchUnit& u : MakeMatchUnits(t)) out.emplace_back(u.key);
    return out;
  };
  CHECK(keys("APT31") == Strings{"apt", "31"});
  CHECK(keys("APT 31") == Strings{"apt", "31"});
  CHECK(keys("APT-31") == Strings{"apt", "31"});
  CHECK(keys("CERT-FR") == Strings{"cert", "fr"});
  CHECK(keys("Ke3chang") == Strings{"ke", "3", "chang"});
  TokenizedText t = Tokenize("Ke3chang");
  std::vector<MatchUnit> u = MakeMatchUnits(t);
  REQUIRE(u.size() == 3);
  CHECK(u[0].starts_token);
  CHECK_FALSE(u[0].ends_token);
  CHECK_FALSE(u[1].starts_token);
  CHECK(u[2].ends_token);
}

TEST_CASE("gazetteer: the longest alias wins over its prefix") {
  Matcher m("group:a\tGROUP\tShadow Owl\t\t\ngroup:b\tGROUP\tShadow Owl Collective\t\t\n"
            "location:s\tLOCATION\tShadow\t\t\n");
  CHECK(m.Match("the Shadow Owl Collective struck") == Strings{"Shadow Owl Collective=group:b"});
  CHECK(m.Match("the Shadow Owl struck") == Strings{"Shadow Owl=group:a"});
  CHECK(m.Match("Shadow Valley") == Strings{"Shadow=location:s"});
  SUBCASE("matching resumes after a match, never inside it") {
    CHECK(m.Match("Shadow Owl Collective Shadow Owl") ==
          Strings{"Shadow Owl Collective=group:b", "Shadow Owl=group:a"});
  }
}

TEST_CASE("gazetteer: only whole tokens match") {
  Matcher m("group:k\tGROUP\tKe\t\t\ncountry:IR\tCOUNTRY\tIran\t\t\ngroup:o\tGROUP\tOwl Brigade\t\t\n");
  CHECK(m.Match("Ke3chang").empty());
  CHECK(m.Match("Iranian hackers").empty());
  CHECK(m.Match("Owl Brigades").empty());
  CHECK(m.Match("Ke 3 Iran") == Strings{"Ke=group:k", "Iran=country:IR"});
}

TEST_CASE("gazetteer: matching ignores case and accents by default") {
  Matcher m("org:ae\tORGANIZATION\tAssemblée Nationale\t\t\ngroup:f\tGROUP\tFancy Panther\t\t\n"
            "country:FR\tCOUNTRY\tFrance\tfrançaise{demonym}\t\n");
  CHECK(m.Match("l'Assemblee nationale") == Strings{"Assemblee nationale=org:ae"});
  CHECK(m.Match("ASSEMBLÉE NATIONALE") == Strings{"ASSEMBLÉE NATIONALE=org:ae"});
  CHECK(m.Match("Fancy PANTHER") == Strings{"Fancy PANTHER=group:f"});
  CHECK(m.Match("FANCY panther") == Strings{"FANCY panther=group:f"});
  SUBCASE("a decomposed accent in the text") { CHECK(m.Match("Assemble\xCC\x81" "e nationale").size() == 1); }
  SUBCASE("a lower-case alias matches any case") {
    CHECK(m.Match("la police fran\xC3\xA7" "aise") == Strings{"fran\xC3\xA7" "aise=country:FR"});
    CHECK(m.Match("FRANCAISE") == Strings{"FRANCAISE=country:FR"});
  }
  SUBCASE("a capitalized alias needs a capital on the text's first word (\"china\" in a URL is not China)") {
    CHECK(m.Match("fancy panther").empty());
    CHECK(m.Match("fancy PANTHER").empty());
  }
}

TEST_CASE("gazetteer: a leading English article stays outside the alias") {
  Matcher m("country:NL\tCOUNTRY\tNetherlands\tThe Netherlands\t\n");
  CHECK(m.Match("in the Netherlands") == Strings{"Netherlands=country:NL"});
  CHECK(m.Match("The Netherlands said") == Strings{"Netherlands=country:NL"});
}

TEST_CASE("gazetteer: a canonical name opening with \"The\" keeps its capitalized article") {
  Matcher m("location:the-hague\tLOCATION\tThe Hague\tLa Haye\t\n"
            "org:nyt\tORGANIZATION\tThe New York Times\t\t\n",
            {"the"});
  CHECK(m.Match("talks in The Hague") == Strings{"The Hague=location:the-hague"});
  CHECK(m.Match("The Hague said") == Strings{"The Hague=location:the-hague"});
  CHECK(m.Match("a report by The New York Times") == Strings{"The New York Times=org:nyt"});
  SUBCASE("written with a lower-case article, the article stays outside") {
    CHECK(m.Match("talks in the Hague") == Strings{"Hague=location:the-hague"});
    CHECK(m.Match("la cour de La Haye") == Strings{"La Haye=location:the-hague"});
  }
}

TEST_CASE("gazetteer: one-word aliases of at most five capitals are case-sensitive automatically") {
  Matcher m("agency:us-cisa\tAGENCY\tCISA\t\t\ncountry:US\tCOUNTRY\tUnited States\tUS\t\n"
            "agency:long\tAGENCY\tABCDEF\t\t\norg:ci\tORGANIZATION\tWorld Health Organization\tWHO{ci}\t\n");
  CHECK(m.Match("CISA warned") == Strings{"CISA=agency:us-cisa"});
  CHECK(m.Match("cisa warned").empty());
  CHECK(m.Match("CiSa warned").empty());
  CHECK(m.Match("the US said") == Strings{"US=country:US"});
  CHECK(m.Match("let us say").empty());
  CHECK(m.Match("Us and them").empty());
  SUBCASE("acronyms of four or five letters also match written as a word (\"Anssi\", \"Nato\")") {
    CHECK(m.Match("Cisa warned") == Strings{"Cisa=agency:us-cisa"});
  }
  SUBCASE("six capitals are no longer an acronym") { CHECK(m.Match("Abcdef") == Strings{"Abcdef=agency:long"}); }
  SUBCASE("{ci} switches the rule off") { CHECK(m.Match("who knows") == Strings{"who=org:ci"}); }
}

TEST_CASE("gazetteer: an alias's own flags count even when the canonical name folds to the same key") {
  // "NATO" (the canonical name) is case-sensitive by the acronym rule; the listed alias Nato{ci}
  // asks for any case. Both fold to "nato" for the same entry.
  // BUG (src/gazetteer.cc, Compile): a same-entry duplicate key merges cs/cap/demonym into the first
  // alias's flags but drops ci, so the listed "Nato{ci}" never matches "Nato".
  Matcher m("org:nato\tORGANIZATION\tNATO\tNato{ci}\t\n");
  CHECK(m.Match("NATO said") == Strings{"NATO=org:nato"});
  CHECK(m.Match("Nato said") == Strings{"Nato=org:nato"});
}

TEST_CASE("gazetteer: one-word aliases that are common words match only capitalized") {
  Matcher m("group:t\tGROUP\tTurbine\t\t\ngroup:g\tGROUP\tGold Owl\tLantern{cap}\t\n", {"turbine"});
  CHECK(m.Match("the Turbine group") == Strings{"Turbine=group:t"});
  CHECK(m.Match("a wind turbine").empty());
  SUBCASE("the explicit {cap} flag") {
    CHECK(m.Match("Lantern struck") == Strings{"Lantern=group:g"});
    CHECK(m.Match("a lantern").empty());
  }
  SUBCASE("{cap} on several words keeps each word's case, lower-case function words included") {
    Matcher c("agency:c\tAGENCY\tOwl Unit\tCenter for Owl Security{cap}\t\n", {});
    CHECK(c.Match("the Center for Owl Security said") == Strings{"Center for Owl Security=agency:c"});
    CHECK(c.Match("a center for owl security").empty());
    CHECK(c.Match("the Center For Owl Security").empty());
  }
}

TEST_CASE("gazetteer: a name opening with a common noun may start in lower case, a person's may not") {
  Matcher m("agency:fr-mfa\tAGENCY\tMinistère des Affaires étrangères\t\t\n"
            "person:mark-rutte\tPERSON\tMark Rutte\t\t\n",
            {"ministere", "mark"});
  CHECK(m.Match("selon le ministère des Affaires étrangères") ==
        Strings{"ministère des Affaires étrangères=agency:fr-mfa"});
  CHECK(m.Match("Mark Rutte said") == Strings{"Mark Rutte=person:mark-rutte"});
  CHECK(m.Match("to mark Rutte's first year").empty());
}

TEST_CASE("gazetteer: a body's name opening with a demonym needs a capital after it; a ministry does not") {
  Matcher m("agency:zz-fis\tAGENCY\tZemblan Foreign Intelligence Service\t\t\n"
            "agency:zz-mod\tAGENCY\tZemblan Defence Ministry\t\t\n"
            "org:zz-press\tORGANIZATION\tService Presse Nouvelle\t\t\n"
            "country:ZZ\tCOUNTRY\tZembla\tZemblan{demonym}|zemblais{demonym}\t\n");
  CHECK(m.Match("the Zemblan Foreign Intelligence Service said") ==
        Strings{"Zemblan Foreign Intelligence Service=agency:zz-fis"});
  CHECK(m.Match("the Zemblan foreign intelligence service said") == Strings{"Zemblan=country:ZZ"});
  CHECK(m.Match("the Zemblan defence ministry said") == Strings{"Zemblan defence ministry=agency:zz-mod"});
  // Not opened by a demonym: French capitalization of the first word alone still matches.
  CHECK(m.Match("le Service presse nouvelle a dit") == Strings{"Service presse nouvelle=org:zz-press"});
}

TEST_CASE("gazetteer: {cs} demands the alias's exact letter case, still folding accents and spaces") {
  Matcher m("group:m\tGROUP\tMalKit Crew\tMalKit{cs}\t\n");
  CHECK(m.Match("MalKit struck") == Strings{"MalKit=group:m"});
  CHECK(m.Match("malkit struck").empty());
  CHECK(m.Match("MALKIT struck").empty());
}

TEST_CASE("gazetteer: \"APT 31\", \"APT-31\" and \"APT31\" all match the alias APT31") {
  Matcher m("group:apt31\tGROUP\tAPT31\t\t\n");
  for (std::string text : {"APT31", "APT 31", "APT-31", "APT\xE2\x80\x91" "31", "APT\xC2\xA0" "31"}) {
    CAPTURE(text);
    CHECK(m.Match("by " + text + " today") == Strings{text + "=group:apt31"});
  }
  SUBCASE("and the alias \"APT 31\" matches APT31") {
    Matcher spaced("group:apt31\tGROUP\tAPT 31\t\t\n");
    CHECK(spaced.Match("APT31") == Strings{"APT31=group:apt31"});
  }
  SUBCASE("but not APT310 or XAPT31") {
    CHECK(m.Match("APT310").empty());
    CHECK(m.Match("XAPT31").empty());
  }
}

TEST_CASE("gazetteer: NBSP and a line break inside a name still match") {
  Matcher m("group:f\tGROUP\tFancy Panther\t\t\n");
  CHECK(m.Match("Fancy\xC2\xA0Panther") == Strings{"Fancy\xC2\xA0Panther=group:f"});
  CHECK(m.Match("Fancy\xE2\x80\xAFPanther") == Strings{"Fancy\xE2\x80\xAFPanther=group:f"});
  CHECK(m.Match("the Fancy\nPanther group") == Strings{"Fancy\nPanther=group:f"});
}

TEST_CASE("gazetteer: a name glued to a hyphenated word still matches (\"Russia-linked\")") {
  Matcher m("country:RU\tCOUNTRY\tRussia\t\t\n");
  CHECK(m.Match("Russia-linked hackers") == Strings{"Russia=country:RU"});
  CHECK(m.Match("pro-Russia groups") == Strings{"Russia=country:RU"});
}

TEST_CASE("gazetteer: the possessive stays outside the match") {
  Matcher m("country:CN\tCOUNTRY\tChina\t\t\n");
  CHECK(m.Match("China\xE2\x80\x99s hackers") == Strings{"China=country:CN"});
  CHECK(m.Match("China's hackers") == Strings{"China=country:CN"});
}

TEST_CASE("gazetteer: typographic apostrophes in text match ASCII ones in aliases") {
  Matcher m("agency:fr-quai\tAGENCY\tQuai d'Orsay\t\t\n");
  CHECK(m.Match("le Quai d\xE2\x80\x99Orsay") == Strings{"Quai d\xE2\x80\x99Orsay=agency:fr-quai"});
}

TEST_CASE("gazetteer: among entries of several types the canonical name's entry wins") {
  Matcher m("group:g\tGROUP\tVolt Owl\tGeorgia\t\ncountry:GE\tCOUNTRY\tGeorgia\t\t\n");
  CHECK(m.Match("Georgia") == Strings{"Georgia=country:GE"});
}

TEST_CASE("gazetteer: \"X Group\" names also match as X alone") {
  Matcher m("group:l\tGROUP\tLazaro Group\t\t\n", {"common"});
  CHECK(m.Match("Lazaro struck") == Strings{"Lazaro=group:l"});
  CHECK(m.Match("the Lazaro Group struck") == Strings{"Lazaro Group=group:l"});
}

TEST_CASE("gazetteer: \"X Group\" written \"X group\" is the group X and a common noun") {
  Matcher m("group:l\tGROUP\tLazaro Group\t\t\n", {"common"});
  CHECK(m.Match("the Lazaro group struck") == Strings{"Lazaro=group:l"});
  CHECK(m.Match("le groupe Lazaro a frapp\xC3\xA9") == Strings{"Lazaro=group:l"});
  CHECK(m.Match("the LAZARO GROUP struck") == Strings{"LAZARO GROUP=group:l"});
}

TEST_CASE("gazetteer: an entry's MITRE ATT&CK ids match as case-sensitive names") {
  Matcher m("group:x\tGROUP\tShadow Owl\t\tmitre=G0999, G1001\n"
            "group:y\tGROUP\tNight Heron\tG0999\t\n");
  CHECK(m.Match("Shadow Owl (G1001) is not Night Heron.") == Strings{"Shadow Owl=group:x", "G1001=group:x", "Night Heron=group:y"});
  // A listed alias wins over an id taken from another entry's attributes; lower case is not an id.
  CHECK(m.Match("G0999 and g1001") == Strings{"G0999=group:y"});
}

TEST_CASE("gazetteer: AliasesWithKey and FindEntry look names up by folded key and id") {
  Matcher m("group:x\tGROUP\tShadow Owl\tOwl-Nine\t\n");
  CHECK(m.gazetteer().AliasesWithKey("shadow owl").size() == 1);
  CHECK(m.gazetteer().AliasesWithKey("owl nine").size() == 1);
  CHECK(m.gazetteer().AliasesWithKey("owl").empty());
  REQUIRE(m.gazetteer().FindEntry("group:x") != nullptr);
  CHECK(m.gazetteer().FindEntry("group:x")->canonical == "Shadow Owl");
  CHECK(m.gazetteer().FindEntry("group:y") == nullptr);
}

// Through the public API, with a temporary gazetteer file and no bundled data.
std::shared_ptr<const Extractor> Custom(const gazette_test::TempDir& dir, const std::string& rows,
                                        const std::string& deny = "") {
  Config cfg;
  cfg.use_bundled_data = false;
  cfg.gazetteer_paths = {dir.Write("names.tsv", std::string(kTsvHeader) + rows)};
  if (!deny.empty()) cfg.gazetteer_paths.push_back(dir.Write("deny.tsv", "surface\ttype\tentry\n" + deny));
  return gazette_test::BuildOrFail(cfg);
}

TEST_CASE("gazetteer: a demonym alias surfaces as the country with Entity::demonym") {
  gazette_test::TempDir dir;
  auto ex = Custom(dir, "country:FR\tCOUNTRY\tFrance\tFrench{demonym}|française{demonym}\t\n");
  Document doc = ex->Extract("French officials and France agreed; la police française aussi.");
  INFO(gazette_test::Describe(doc));
  REQUIRE(doc.entities.size() == 3);
  CHECK(doc.entities[0].text == "French");
  CHECK(doc.entities[0].type == "COUNTRY");
  CHECK(doc.entities[0].canonical == "France");
  CHECK(doc.entities[0].canonical_id == "country:FR");
  CHECK(doc.entities[0].demonym);
  CHECK(doc.entities[0].alias == "French");
  CHECK_FALSE(doc.entities[1].demonym);
  CHECK(doc.entities[2].text == "française");
  CHECK(doc.entities[2].demonym);
  CHECK(doc.entities[0].source == "gazetteer:names.tsv:2");
}

TEST_CASE("gazetteer: a deny list suppresses a surface") {
  gazette_test::TempDir dir;
  const std::string rows = "group:l\tGROUP\tLantern Owl\tLantern\t\nlocation:l\tLOCATION\tLantern Bay\tLantern{ambiguous}\t\n"
                           "org:l\tORGANIZATION\tLantern Labs\t\t\n";
  SUBCASE("for every type") {
    auto ex = Custom(dir, rows, "lantern\t\t\n");
    Document doc = ex->Extract("Lantern struck Lantern Labs.");
    INFO(gazette_test::Describe(doc));
    CHECK(gazette_test::FindEntity(doc, "Lantern") == nullptr);
    CHECK(gazette_test::FindEntity(doc, "Lantern Labs") != nullptr);
  }
  SUBCASE("for one type only") {
    auto ex = Custom(dir, "group:l\tGROUP\tLantern Owl\tLantern\t\norg:l\tORGANIZATION\tBeacon Labs\tBeacon\t\n",
                     "LANTERN\tGROUP\t\nBeacon\tLOCATION\t\n");
    Document doc = ex->Extract("Lantern hit Beacon.");
    INFO(gazette_test::Describe(doc));
    CHECK(gazette_test::FindEntity(doc, "Lantern") == nullptr);
    CHECK(gazette_test::FindEntity(doc, "Beacon", "ORGANIZATION") != nullptr);
  }
  SUBCASE("for one entry id only") {
    auto ex = Custom(dir, "group:l\tGROUP\tLantern Owl\tLantern\t\norg:l\tORGANIZATION\tBeacon Labs\tBeacon\t\n",
                     "Lantern\t\tgroup:other\nBeacon\t\torg:l\n");
    Document doc = ex->Extract("Lantern hit Beacon.");
    INFO(gazette_test::Describe(doc));
    CHECK(gazette_test::FindEntity(doc, "Lantern") != nullptr);
    CHECK(gazette_test::FindEntity(doc, "Beacon") == nullptr);
  }
}

TEST_CASE("gazetteer: Extractor::stats counts entries and aliases per type") {
  gazette_test::TempDir dir;
  auto ex = Custom(dir, "group:a\tGROUP\tA Owl\tB Owl|C Owl\t\ncountry:ZZ\tCOUNTRY\tZedland\t\t\n");
  auto stats = ex->stats();
  CHECK(stats["GROUP"].entries == 1);
  CHECK(stats["GROUP"].aliases == 3);
  CHECK(stats["COUNTRY"].entries == 1);
  CHECK(stats["COUNTRY"].aliases == 1);
}

// The bundled agency list names ministries, police forces and services the way EN and FR news do:
// demonym inside the name ("ministère français des Armées"), "of <Country>", the possessor outside.
TEST_CASE("gazetteer: bundled agencies match demonym and country forms in English and French") {
  struct Case {
    const char* text;
    const char* name;
    const char* id;
  };
  const Case cases[] = {
      {"Lundi, le minist\xC3\xA8re fran\xC3\xA7" "ais des Arm\xC3\xA9" "es a r\xC3\xA9" "agi.",
       "minist\xC3\xA8re fran\xC3\xA7" "ais des Arm\xC3\xA9" "es", "agency:fr-armed-forces-ministry"},
      // A demonym after the name is its own COUNTRY mention (checked below); the name keeps the entity.
      {"Lundi, la police f\xC3\xA9" "d\xC3\xA9" "rale belge a perquisitionn\xC3\xA9.",
       "police f\xC3\xA9" "d\xC3\xA9" "rale", "agency:be-federal-police"},
      {"Le minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res de l'Ukraine a protest\xC3\xA9.",
       "minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res de l'Ukraine", "agency:ua-mfa"},
      {"Le minist\xC3\xA8re n\xC3\xA9" "erlandais de la D\xC3\xA9" "fense a confirm\xC3\xA9.",
       "minist\xC3\xA8re n\xC3\xA9" "erlandais de la D\xC3\xA9" "fense", "agency:nl-defence-ministry"},
      {"La police nationale ukrainienne a arr\xC3\xAAt\xC3\xA9 deux hommes.", "police nationale",
       "agency:ua-national-police"},
      {"The Ministry of Defence of Georgia condemned the attack.", "Ministry of Defence of Georgia",
       "agency:ge-defence-ministry"},
      {"The Finnish defence ministry confirmed the intrusion.", "Finnish defence ministry",
       "agency:fi-defence-ministry"},
      {"The Romanian Ministry of Internal Affairs opened an inquiry.", "Romanian Ministry of Internal Affairs",
       "agency:ro-interior-ministry"},
      {"Russia's Investigative Committee opened a case.", "Investigative Committee",
       "agency:ru-investigative-committee"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = gazette_test::BundledExtractor().Extract(c.text);
    INFO(gazette_test::Describe(doc));
    const Entity* e = gazette_test::FindEntity(doc, c.name, "AGENCY");
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == c.id);
  }
  // The demonym after a French agency name: a COUNTRY mention of its own, as the seed annotations
  // split "Ministère des Affaires étrangères" + "tchèque".
  Document police = gazette_test::BundledExtractor().Extract("Lundi, la police f\xC3\xA9" "d\xC3\xA9" "rale belge a perquisitionn\xC3\xA9.");
  INFO(gazette_test::Describe(police));
  const Entity* belge = gazette_test::FindEntity(police, "belge", "COUNTRY");
  REQUIRE(belge != nullptr);
  CHECK(belge->demonym);
  CHECK(belge->canonical_id == "country:BE");
  // A possessor stays its own COUNTRY mention and the rest is the agency.
  Document doc = gazette_test::BundledExtractor().Extract("Finland's Security and Intelligence Service warned.");
  INFO(gazette_test::Describe(doc));
  CHECK(gazette_test::FindEntity(doc, "Finland", "COUNTRY") != nullptr);
  CHECK(gazette_test::FindEntity(doc, "Security and Intelligence Service", "AGENCY") != nullptr);
  // Descriptions in lower case are not names: the demonym alone is found.
  Document prose = gazette_test::BundledExtractor().Extract("Russian military intelligence was blamed.");
  INFO(gazette_test::Describe(prose));
  CHECK(gazette_test::FindEntity(prose, "Russian", "COUNTRY") != nullptr);
  CHECK(gazette_test::CountEntities(prose, "Russian military intelligence") == 0);
  // The same in French: "la diplomatie tchèque" and "le renseignement militaire russe" describe a
  // ministry or a service without naming it (as the seed annotations treat them): the demonym alone.
  for (const char* text : {"Lundi, la diplomatie tch\xC3\xA8que a convoqu\xC3\xA9 l'ambassadeur.",
                           "Selon le renseignement militaire russe, rien ne s'est pass\xC3\xA9."}) {
    CAPTURE(text);
    Document fr = gazette_test::BundledExtractor().Extract(text);
    INFO(gazette_test::Describe(fr));
    CHECK(fr.entities.size() == 1);
    REQUIRE(!fr.entities.empty());
    CHECK(fr.entities[0].type == "COUNTRY");
  }
}

TEST_CASE("gazetteer: bundled data knows Chinese provincial capitals and vendor aliases of GALLIUM") {
  Document doc = gazette_test::BundledExtractor().Extract(
      "Unit 42 tracks Softcell, which operated from Haikou and Nanning, as Alloy Taurus.");
  INFO(gazette_test::Describe(doc));
  const Entity* group = gazette_test::FindEntity(doc, "Softcell", "GROUP");
  REQUIRE(group != nullptr);
  CHECK(group->canonical == "GALLIUM");
  CHECK(gazette_test::FindEntity(doc, "Haikou", "LOCATION") != nullptr);
  CHECK(gazette_test::FindEntity(doc, "Nanning", "LOCATION") != nullptr);
  // Negative: a lower-case word is no name.
  Document none = gazette_test::BundledExtractor().Extract("The softcell battery failed.");
  INFO(gazette_test::Describe(none));
  CHECK(none.entities.empty());
}

TEST_CASE("gazetteer: bundled data knows states, provinces, regions and cities of many countries in English and French") {
  struct Case {
    const char* text;
    const char* name;
    const char* canonical_id;
  };
  const Case cases[] = {
      {"The intrusions reached Lublin, Bialystok and Bergen.", "Bialystok", "location:bialystok"},
      {"The intrusions reached Lublin, Bialystok and Bergen.", "Bergen", "location:bergen"},
      {"Operators in Kansas and Mombasa reported the same loader.", "Kansas", "location:kansas"},
      {"Operators in Kansas and Mombasa reported the same loader.", "Mombasa", "location:mombasa"},
      {"The servers sat in Shenzhen, in Guangdong, and on Hainan.", "Guangdong", "location:guangdong"},
      {"The campaign hit North Rhine-Westphalia and the Kharkiv Oblast.", "North Rhine-Westphalia",
       "location:north-rhine-westphalia"},
      {"The campaign hit North Rhine-Westphalia and the Kharkiv Oblast.", "Kharkiv Oblast", "location:kharkiv-oblast"},
      {"Les pirates ont visé Longueuil, Jonquière et la Montérégie.", "Jonquière", "location:jonquiere"},
      {"Les pirates ont visé Longueuil, Jonquière et la Montérégie.", "Montérégie", "location:monteregie"},
      {"Des serveurs de l'État du Ceará et de Rhénanie-du-Nord-Westphalie ont été touchés.", "Ceará", "location:ceara"},
      {"Des serveurs de l'État du Ceará et de Rhénanie-du-Nord-Westphalie ont été touchés.",
       "Rhénanie-du-Nord-Westphalie", "location:north-rhine-westphalia"},
      {"Une attaque a visé la préfecture d'Akita et la Caroline du Nord.", "Caroline du Nord",
       "location:north-carolina"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = gazette_test::BundledExtractor().Extract(c.text);
    INFO(gazette_test::Describe(doc));
    const Entity* e = gazette_test::FindEntity(doc, c.name, "LOCATION");
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == c.canonical_id);
  }
}

TEST_CASE("gazetteer: bundled places that are also common words, names or surnames stay unmatched") {
  // Reading, Mobile, Bath, Split, Orange, Sale, Jackson, Lincoln, Victoria, Tours, Laval, Troyes: the list
  // holds them only qualified ("Bath, Somerset", "Tours, France"); Japanese prefectures named like common
  // surnames only as "X Prefecture".
  const char* const texts[] = {
      "Reading the memo, Mobile teams from Orange met Jackson, Lincoln and Victoria in Split before the Sale.",
      "Bath said the Tours were over; Laval and Troyes agreed.",
      "Kenji Chiba and Aiko Nagano briefed the Reading Room.",
      "Le ministre Laval est allé à Tours avec Mme Troyes.",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    Document doc = gazette_test::BundledExtractor().Extract(text);
    INFO(gazette_test::Describe(doc));
    for (const Entity& e : doc.entities) CHECK(e.type != "LOCATION");
  }
  // Their qualified forms are places.
  Document doc = gazette_test::BundledExtractor().Extract("Offices in Bath, Somerset and in Chiba Prefecture were hit.");
  INFO(gazette_test::Describe(doc));
  CHECK(gazette_test::FindEntity(doc, "Bath, Somerset", "LOCATION") != nullptr);
  CHECK(gazette_test::FindEntity(doc, "Chiba Prefecture", "LOCATION") != nullptr);
}

TEST_CASE("gazetteer: bundled data knows a Ukrainian council, a Luxembourg agency, an IRGC service and WIPO in English and French") {
  struct Case {
    const char* text;
    const char* name;
    const char* type;
    const char* id;
  };
  const Case cases[] = {
      {"The National Security and Defence Council met in Kyiv.", "National Security and Defence Council", "AGENCY",
       "agency:ua-nsdc"},
      {"Le Haut-Commissariat \xC3\xA0 la protection nationale a publi\xC3\xA9 un avis.",
       "Haut-Commissariat \xC3\xA0 la protection nationale", "AGENCY", "agency:lu-hcpn"},
      {"L'Organisation du renseignement des Gardiens de la r\xC3\xA9volution est vis\xC3\xA9" "e.",
       "Organisation du renseignement des Gardiens de la r\xC3\xA9volution", "AGENCY", "agency:ir-irgc-io"},
      {"L'Organisation mondiale de la propri\xC3\xA9t\xC3\xA9 intellectuelle a confirm\xC3\xA9.",
       "Organisation mondiale de la propri\xC3\xA9t\xC3\xA9 intellectuelle", "ORGANIZATION", "org:wipo"},
      {"The World Intellectual Property Organization said little.", "World Intellectual Property Organization",
       "ORGANIZATION", "org:wipo"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = gazette_test::BundledExtractor().Extract(c.text);
    INFO(gazette_test::Describe(doc));
    const Entity* e = gazette_test::FindEntity(doc, c.name, c.type);
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == c.id);
  }
  // Negative: the words in lower case describe, they do not name.
  for (const char* text : {"The national security and defence council of the club met.",
                           "Un haut-commissariat \xC3\xA0 la protection nationale serait utile."}) {
    CAPTURE(text);
    Document doc = gazette_test::BundledExtractor().Extract(text);
    INFO(gazette_test::Describe(doc));
    CHECK(doc.entities.empty());
  }
}

TEST_CASE("gazetteer: bundled data knows CERTs, services and legislatures of many countries, regional bodies, movements and news agencies") {
  struct Case {
    const char* text;
    const char* name;
    const char* type;
    const char* id;
  };
  const Case cases[] = {
      {"Kenya's DCI and the National KE-CIRT/CC traced the intrusion to Nairobi.", "DCI", "AGENCY", "agency:ke-dci"},
      {"Kenya's DCI and the National KE-CIRT/CC traced the intrusion to Nairobi.", "National KE-CIRT/CC", "AGENCY",
       "agency:ke-cirt"},
      {"Au Maroc, la DGSSI a alert\xC3\xA9 le maCERT mardi.", "DGSSI", "AGENCY", "agency:ma-dgssi"},
      {"Au Maroc, la DGSSI a alert\xC3\xA9 le maCERT mardi.", "maCERT", "AGENCY", "agency:ma-macert"},
      {"Le minist\xC3\xA8re ivoirien des Affaires \xC3\xA9trang\xC3\xA8res a saisi le CI-CERT.",
       "minist\xC3\xA8re ivoirien des Affaires \xC3\xA9trang\xC3\xA8res", "AGENCY", "agency:ci-foreign-ministry"},
      {"Le minist\xC3\xA8re ivoirien des Affaires \xC3\xA9trang\xC3\xA8res a saisi le CI-CERT.", "CI-CERT", "AGENCY",
       "agency:ci-cert"},
      {"The Kenyan Foreign Ministry summoned the envoy.", "Kenyan Foreign Ministry", "AGENCY",
       "agency:ke-foreign-ministry"},
      {"Pakistan's ISI was blamed by the Philippine National Police.", "ISI", "AGENCY", "agency:pk-isi"},
      {"The Althing and the Jogorku Kenesh were hit.", "Althing", "AGENCY", "agency:is-althing"},
      {"The Althing and the Jogorku Kenesh were hit.", "Jogorku Kenesh", "AGENCY", "agency:kg-parliament"},
      {"L'Organisation de la coop\xC3\xA9ration islamique et la CEDEAO ont condamn\xC3\xA9 l'attaque.",
       "Organisation de la coop\xC3\xA9ration islamique", "ORGANIZATION", "org:oic"},
      {"L'Organisation de la coop\xC3\xA9ration islamique et la CEDEAO ont condamn\xC3\xA9 l'attaque.", "CEDEAO",
       "ORGANIZATION", "org:ecowas"},
      {"The ECOWAS Commission and the African Union Commission met.", "ECOWAS Commission", "ORGANIZATION",
       "org:ecowas-commission"},
      {"The ECOWAS Commission and the African Union Commission met.", "African Union Commission", "ORGANIZATION",
       "org:au-commission"},
      {"Le Front Polisario et le groupe Wagner sont cit\xC3\xA9s.", "Front Polisario", "ORGANIZATION",
       "org:polisario"},
      {"Le Front Polisario et le groupe Wagner sont cit\xC3\xA9s.", "groupe Wagner", "ORGANIZATION", "org:wagner"},
      {"Hezbollah and the Houthis praised the hack.", "Hezbollah", "ORGANIZATION", "org:hezbollah"},
      {"The Polish Press Agency and Maghreb Arabe Presse reported it.", "Polish Press Agency", "ORGANIZATION",
       "org:pap"},
      {"Selon la MAP et l'agence EFE, rien n'a fuit\xC3\xA9.", "MAP", "ORGANIZATION", "org:map"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = gazette_test::BundledExtractor().Extract(c.text);
    INFO(gazette_test::Describe(doc));
    const Entity* e = gazette_test::FindEntity(doc, c.name, c.type);
    REQUIRE(e != nullptr);
    CHECK(e->canonical_id == c.id);
  }
  // Negative: acronyms that are also common words or other frequent meanings are left out (ISO, CIO,
  // ESA, "PST" alone) or case-sensitive ("map", "dpa" in capitals is a data protection authority).
  for (const char* text : {"The CIO opened the ISO image on the ESA appliance to map the PST logs.",
                           "The DPA fined the firm; the rsf file and the Wagner opera were fine."}) {
    CAPTURE(text);
    Document doc = gazette_test::BundledExtractor().Extract(text);
    INFO(gazette_test::Describe(doc));
    CHECK(doc.entities.empty());
  }
}

}  // namespace
}  // namespace gazette
