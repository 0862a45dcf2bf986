// Unit tests of gazette-import (tools/*.cc) on the invented fixtures in tests/data/ and on
// inline JSON. The golden CLI tests (tests/golden_test.cmake) check whole output files.

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "alias_policy.h"
#include "cli.h"
#include "common_words.h"
#include "diagnostics.h"
#include "json_input.h"
#include "misp_import.h"
#include "stix_import.h"
#include "text_fold.h"
#include "tsv_writer.h"

namespace gi = gazette::import;

namespace {

std::string DataPath(const std::string& name) {
  return std::string(GAZETTE_IMPORT_TEST_DATA) + "/" + name;
}

gi::JsonDocument Parse(const std::string& text, const std::string& path = "inline.json") {
  gi::Diagnostics diag;
  std::optional<gi::JsonDocument> doc = gi::ParseJson(path, text, &diag);
  REQUIRE(doc.has_value());
  return *doc;
}

gi::JsonDocument Load(const std::string& name) {
  gi::Diagnostics diag;
  std::optional<gi::JsonDocument> doc = gi::ReadJsonFile(DataPath(name), &diag);
  REQUIRE(doc.has_value());
  return *doc;
}

gi::CommonWords TestWords() {
  gi::CommonWords words;
  gi::Diagnostics diag;
  REQUIRE(words.Load(DataPath("common_words.txt"), &diag));
  return words;
}

const gi::Entry* Find(const std::vector<gi::Entry>& entries, const std::string& id) {
  for (const gi::Entry& e : entries) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::vector<std::string> AliasNames(const gi::Entry& e) {
  std::vector<std::string> out;
  for (const gi::Alias& a : e.aliases) out.push_back(gi::FormatAlias(a));
  return out;
}

bool HasAlias(const gi::Entry& e, const std::string& formatted) {
  const std::vector<std::string> names = AliasNames(e);
  return std::find(names.begin(), names.end(), formatted) != names.end();
}

std::string Attributes(const gi::Entry& e) { return gi::FormatAttributes(e.attributes); }

// The text of every diagnostic, one a line, for CHECKs on what was said.
std::string Said(const gi::Diagnostics& diag) {
  std::ostringstream out;
  for (const gi::Diagnostic& d : diag.items()) out << d << '\n';
  return out.str();
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<gi::Entry> ImportFixtureMisp(gi::Diagnostics* diag, const gi::CommonWords* words) {
  gi::MispOptions options;
  options.alias_policy.common_words = words;
  return gi::ImportMisp({Load("misp_threat_actors.json"), Load("misp_intrusion_sets.json")},
                        options, diag);
}

std::vector<gi::Entry> ImportInlineMisp(const std::vector<std::string>& texts, gi::Diagnostics* diag,
                                        const gi::CommonWords* words = nullptr) {
  std::vector<gi::JsonDocument> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    docs.push_back(Parse(texts[i], "inline" + std::to_string(i) + ".json"));
  }
  gi::MispOptions options;
  options.alias_policy.common_words = words;
  return gi::ImportMisp(docs, options, diag);
}

int RunCli(const std::vector<std::string>& args, std::string* out, std::string* err) {
  std::ostringstream o;
  std::ostringstream e;
  const int rc = gi::RunCli(args, o, e);
  *out = o.str();
  *err = e.str();
  return rc;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// text_fold

TEST_CASE("text fold: case, accents, spaces, hyphens and underscores fold alike") {
  CHECK(gi::FoldKey("Judgment Panda") == gi::FoldKey("JUDGMENT-PANDA"));
  CHECK(gi::FoldKey("judgment_panda") == "judgmentpanda");
  CHECK(gi::FoldKey("Sath-ı Müdafaa") == "sathimudafaa");
  CHECK(gi::FoldKey("Larva\u201125012") == "larva25012");  // non-breaking hyphen
  CHECK(gi::FoldKey("Straße") == "strasse");
  CHECK(gi::FoldKey("APT 31") != gi::FoldKey("APT 13"));
  CHECK(gi::CaseKey("Été Œuvre") == "ete oeuvre");
  CHECK(gi::ToLower("Été ÇA") == "été ça");
}

TEST_CASE("text fold: slugs are lower-case ASCII with single hyphens") {
  CHECK(gi::Slugify("APT-C-23") == "apt-c-23");
  CHECK(gi::Slugify("  TEMP.Veles  ") == "temp-veles");
  CHECK(gi::Slugify("[Vendetta]") == "vendetta");
  CHECK(gi::Slugify("Sath-ı Müdafaa") == "sath-i-mudafaa");
  CHECK(gi::Slugify("狼毒草") == "");
}

TEST_CASE("text fold: white space runs, TABs, newlines and NBSP collapse to one space") {
  CHECK(gi::CollapseWhitespace(" a\tb\r\n c\u00A0\u00A0d ") == "a b c d");
  CHECK(gi::CollapseWhitespace("zero\u200Bwidth") == "zerowidth");
  CHECK(gi::CollapseWhitespace("\t\n") == "");
}

TEST_CASE("text fold: invalid UTF-8 decodes as replacement characters without crashing") {
  const std::string bad = "a\xC3(\xFF\xE2\x82";
  CHECK(gi::CodePointCount(bad) == 6);
  CHECK_FALSE(gi::FoldKey(bad).empty());
}

// ---------------------------------------------------------------------------------------
// json_input

TEST_CASE("json input: malformed JSON is an error naming file, line and column") {
  gi::Diagnostics diag;
  SUBCASE("a bad literal on the third line") {
    CHECK_FALSE(gi::ParseJson("bad.json", "{\n  \"values\": [\n    {\"value\": nope}\n  ]\n}", &diag));
    REQUIRE(diag.items().size() == 1);
    const gi::Diagnostic& d = diag.items()[0];
    CHECK(d.severity == gi::Severity::kError);
    CHECK(d.file == "bad.json");
    CHECK(d.line == 3);
    CHECK(d.column == 16);  // the 'o' that makes "nope" invalid
    CHECK(Contains(d.message, "invalid JSON"));
    CHECK_FALSE(Contains(d.message, "json.exception"));
  }
  SUBCASE("columns count code points, not bytes") {
    CHECK_FALSE(gi::ParseJson("accents.json", "{\"é\u00e9\": x}", &diag));
    REQUIRE(diag.items().size() == 1);
    CHECK(diag.items()[0].line == 1);
    CHECK(diag.items()[0].column == 8);
  }
  SUBCASE("a truncated file points past its end") {
    CHECK_FALSE(gi::ParseJson("cut.json", "{\"values\": [\n", &diag));
    REQUIRE(diag.items().size() == 1);
    CHECK(diag.items()[0].line == 2);
    CHECK(diag.items()[0].column == 1);
  }
  SUBCASE("an empty file") {
    CHECK_FALSE(gi::ParseJson("empty.json", "", &diag));
    REQUIRE(diag.items().size() == 1);
    CHECK(diag.items()[0].line == 1);
    CHECK(diag.items()[0].column == 1);
  }
  std::ostringstream printed;
  printed << diag.items().at(0);
  CHECK(Contains(printed.str(), ".json:"));
  CHECK(Contains(printed.str(), ": error: invalid JSON"));
}

TEST_CASE("json input: line and column of a byte offset") {
  CHECK(gi::LineColumnAt("ab\ncd", 0).line == 1);
  CHECK(gi::LineColumnAt("ab\ncd", 4).line == 2);
  CHECK(gi::LineColumnAt("ab\ncd", 4).column == 2);
  CHECK(gi::LineColumnAt("ab", 99).column == 3);  // clamped to the end
}

TEST_CASE("json input: invalid UTF-8 in a string is an error with its position") {
  gi::Diagnostics diag;
  CHECK_FALSE(gi::ParseJson("utf8.json", "{\"value\": \"a\xFF\"}", &diag));
  REQUIRE(diag.error_count() == 1);
  CHECK(diag.items()[0].line == 1);
  CHECK(diag.items()[0].column == 13);
}

TEST_CASE("json input: a UTF-8 byte order mark is accepted") {
  gi::Diagnostics diag;
  CHECK(gi::ParseJson("bom.json", "\xEF\xBB\xBF{\"values\": []}", &diag));
  CHECK(diag.items().empty());
}

TEST_CASE("json input: deeply nested input does not crash") {
  gi::Diagnostics diag;
  const std::string deep = "{\"values\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK_FALSE(gi::ParseJson("deep.json", deep, &diag));
  REQUIRE(diag.error_count() == 1);
  CHECK(diag.items()[0].line == 1);
  CHECK(diag.items()[0].column == 11 + static_cast<int>(gi::kMaxJsonDepth));
  CHECK(Contains(diag.items()[0].message, "nested deeper than 512 levels"));
  SUBCASE("brackets inside strings do not count") {
    gi::Diagnostics ok;
    CHECK(gi::ParseJson("brackets.json", "[\"" + std::string(1000, '[') + "\\\"\"]", &ok));
    CHECK(ok.items().empty());
  }
}

TEST_CASE("json input: a missing file is an error naming the file") {
  gi::Diagnostics diag;
  CHECK_FALSE(gi::ReadJsonFile("/nonexistent/cluster.json", &diag));
  REQUIRE(diag.items().size() == 1);
  CHECK(diag.items()[0].file == "/nonexistent/cluster.json");
  CHECK(diag.items()[0].severity == gi::Severity::kError);
}

TEST_CASE("json input: members of the wrong shape read as absent") {
  const nlohmann::json j = nlohmann::json::parse(R"({"a": 1, "b": "x"})");
  CHECK(gi::Member(j, "missing") == nullptr);
  CHECK(gi::Member(nlohmann::json::array(), "a") == nullptr);
  CHECK_FALSE(gi::StringMember(j, "a").has_value());
  CHECK(gi::StringMember(j, "b") == std::string("x"));
}

// ---------------------------------------------------------------------------------------
// misp_import

TEST_CASE("misp import: a threat actor value becomes an entry with slug id, synonyms and attributes") {
  gi::Diagnostics diag;
  const gi::CommonWords words = TestWords();
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, &words);
  const gi::Entry* glass = Find(entries, "group:glass-kite");
  REQUIRE(glass != nullptr);
  CHECK(glass->type == "GROUP");
  CHECK(glass->canonical == "Glass Kite");
  CHECK(AliasNames(*glass) == std::vector<std::string>{"Shared Plume", "Kite Team"});
  CHECK(Attributes(*glass) == "country=IR;misp=11111111-0000-4000-8000-000000000002");
  const gi::Entry* turkish = Find(entries, "group:sath-i-ordek");
  REQUIRE(turkish != nullptr);
  CHECK(turkish->canonical == "Sath-ı Ördek");
  CHECK(HasAlias(*turkish, "狼鸟"));
}

TEST_CASE("misp import: mitre intrusion set merges into the threat actor sharing a synonym") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  CHECK(Find(entries, "group:cinder-owl") == nullptr);
  const gi::Entry* heron = Find(entries, "group:velvet-heron");
  REQUIRE(heron != nullptr);
  CHECK(heron->canonical == "Velvet Heron");
  CHECK(HasAlias(*heron, "Cinder Owl"));
  CHECK(HasAlias(*heron, "Ash Finch"));
  CHECK(Attributes(*heron) == "country=FR;mitre=G9001,G9101;misp=11111111-0000-4000-8000-000000000001");
  SUBCASE("names compare folded: AMBER_WASP finds Amber Wasp") {
    const gi::Entry* wasp = Find(entries, "group:amber-wasp");
    REQUIRE(wasp != nullptr);
    CHECK(Contains(Attributes(*wasp), "mitre=G9103"));
    CHECK(Find(entries, "group:amber-wasp-2") == nullptr);
  }
}

TEST_CASE("misp import: an intrusion set matching nothing becomes an entry of its own") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  const gi::Entry* lynx = Find(entries, "group:quiet-lynx");
  REQUIRE(lynx != nullptr);
  CHECK(lynx->canonical == "Quiet Lynx");
  CHECK(AliasNames(*lynx) == std::vector<std::string>{"Silent Lynx"});
  CHECK(Attributes(*lynx) == "mitre=G9102;misp=22222222-0000-4000-8000-000000000002");
  CHECK(entries.size() == 5);
}

TEST_CASE("misp import: an intrusion set matching several actors prefers the one holding its name") {
  const std::string actors = R"({"type": "threat-actor", "values": [
    {"value": "Alpha Fox", "uuid": "a1", "meta": {"synonyms": ["Shared One", "Shared Two"]}},
    {"value": "Beta Fox", "uuid": "b1", "meta": {"synonyms": ["Zeta Set", "Shared Three"]}}]})";
  const std::string sets = R"({"type": "mitre-intrusion-set", "values": [
    {"value": "Zeta Set - G9301", "meta": {"synonyms": ["Shared One", "Shared Two"]}}]})";
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportInlineMisp({actors, sets}, &diag);
  CHECK(Contains(Attributes(*Find(entries, "group:beta-fox")), "mitre=G9301"));
  CHECK_FALSE(Contains(Attributes(*Find(entries, "group:alpha-fox")), "mitre="));
  SUBCASE("and an actor of the same canonical name over all others") {
    const std::string more = R"({"type": "threat-actor", "values": [
      {"value": "Zeta_Set", "uuid": "z1"}]})";
    const std::vector<gi::Entry> again = ImportInlineMisp({actors, more, sets}, &diag);
    CHECK(Contains(Attributes(*Find(again, "group:zeta-set")), "mitre=G9301"));
    CHECK_FALSE(Contains(Attributes(*Find(again, "group:beta-fox")), "mitre="));
  }
}

TEST_CASE("misp import: an intrusion set merges by ATT&CK id when its names differ") {
  const std::string actors = R"({"type": "threat-actor", "values": [
    {"value": "Gamma Owl", "uuid": "g1", "meta": {"synonyms": ["G9401", "Operation Gamma"]}}]})";
  const std::string sets = R"({"type": "mitre-intrusion-set", "values": [
    {"value": "Gamma Campaign - G9401", "meta": {"external_id": "G9401"}}]})";
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportInlineMisp({actors, sets}, &diag);
  REQUIRE(entries.size() == 1);
  CHECK(HasAlias(entries[0], "Gamma Campaign"));
  CHECK(Attributes(entries[0]) == "mitre=G9401;misp=g1");
}

TEST_CASE("misp import: an alias held by two entries stays where it is the canonical name") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  CHECK_FALSE(HasAlias(*Find(entries, "group:velvet-heron"), "Glass Kite"));
  CHECK(Contains(Said(diag), "alias \"Glass Kite\" dropped from group:velvet-heron: it is the "
                             "canonical name of group:glass-kite"));
  CHECK(diag.tallies().at("aliases dropped: also a name of another entry") == 2);
}

TEST_CASE("misp import: an alias held by two entries stays in the entry whose id sorts first") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  CHECK(HasAlias(*Find(entries, "group:glass-kite"), "Shared Plume"));
  CHECK_FALSE(HasAlias(*Find(entries, "group:velvet-heron"), "Shared Plume"));
  CHECK(Contains(Said(diag), "alias \"Shared Plume\" dropped from group:velvet-heron: it is also "
                             "an alias of group:glass-kite"));
}

TEST_CASE("misp import: an intrusion set's own name stays with the entry that merged it") {
  // "Delta Crew" is a synonym of both actors; the intrusion set "Delta Crew" merges into
  // the second (it shares more names with it), which then keeps the name although its id
  // sorts after the first's.
  const std::string actors = R"({"type": "threat-actor", "values": [
    {"value": "Aardvark", "uuid": "a1", "meta": {"synonyms": ["Delta Crew"]}},
    {"value": "Zebra", "uuid": "z1", "meta": {"synonyms": ["Delta Crew", "Delta Two"]}}]})";
  const std::string sets = R"({"type": "mitre-intrusion-set", "values": [
    {"value": "Delta Crew - G9501", "meta": {"synonyms": ["Delta Crew", "Delta Two"]}}]})";
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportInlineMisp({actors, sets}, &diag);
  CHECK(HasAlias(*Find(entries, "group:zebra"), "Delta Crew"));
  CHECK_FALSE(HasAlias(*Find(entries, "group:aardvark"), "Delta Crew"));
  CHECK(Contains(Said(diag), "it names a source value merged into group:zebra"));
}

TEST_CASE("misp import: a common word alias gets {cap} and a short common word is dropped") {
  gi::Diagnostics diag;
  const gi::CommonWords words = TestWords();
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, &words);
  const gi::Entry* heron = Find(entries, "group:velvet-heron");
  CHECK(HasAlias(*heron, "Lantern{cap}"));
  CHECK_FALSE(HasAlias(*heron, "Moth"));
  CHECK(Contains(Said(diag), "alias \"Moth\" of \"Velvet Heron\" dropped: a common word of at "
                             "most 4 letters"));
  SUBCASE("without word lists nothing is flagged or dropped as a common word") {
    gi::Diagnostics plain;
    const std::vector<gi::Entry> no_words = ImportFixtureMisp(&plain, nullptr);
    CHECK(HasAlias(*Find(no_words, "group:velvet-heron"), "Lantern"));
    CHECK(HasAlias(*Find(no_words, "group:velvet-heron"), "Moth"));
  }
}

TEST_CASE("misp import: only lower-case list entries are common words") {
  gi::CommonWords words;
  words.Add("Reykjavik");  // a proper noun in the list
  words.Add("ember");
  gi::AliasPolicy policy;
  policy.common_words = &words;
  CHECK_FALSE(gi::IsCommonWordAlias("Reykjavik", policy));
  CHECK(gi::IsCommonWordAlias("EMBER", policy));
  CHECK_FALSE(gi::IsCommonWordAlias("Ember Bear", policy));  // one word only
}

TEST_CASE("misp import: aliases that are not names are dropped with a warning each") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  const gi::Entry* heron = Find(entries, "group:velvet-heron");
  const std::string said = Said(diag);
  struct Case {
    const char* alias;
    const char* reason;
  };
  const Case cases[] = {
      {"http://example.invalid/heron", "not a name (contains \"http\")"},
      {"Team: Heron", "not a name (contains ':')"},
      {"42", "a pure number"},
      {"France", "a country name"},
      {"", "empty"},
      {"X", "shorter than 2 characters"},
      {"Pipe|Heron", "contains '|' (the alias separator)"},
      {"Heron{x}", "contains a brace (alias flags syntax)"},
  };
  for (const Case& c : cases) {
    const std::string alias = c.alias;
    CAPTURE(alias);
    CHECK_FALSE(HasAlias(*heron, c.alias));
    CHECK(Contains(said, std::string("alias \"") + c.alias + "\" of \"Velvet Heron\" dropped: " +
                             c.reason));
  }
  CHECK(Contains(said, "dropped: longer than 100 bytes"));
  CHECK(HasAlias(*heron, "Tab Heron"));  // TAB inside a name becomes a space
  CHECK(HasAlias(*heron, "Héron Rouge"));
}

TEST_CASE("misp import: spellings differing only in case are kept once, preferring lower-case letters") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  const gi::Entry* heron = Find(entries, "group:velvet-heron");
  CHECK(HasAlias(*heron, "Copper Heron"));
  CHECK_FALSE(HasAlias(*heron, "COPPER HERON"));
  CHECK_FALSE(HasAlias(*heron, "Velvet heron"));  // the canonical name, differently cased
  CHECK(HasAlias(*heron, "Copper-Heron"));        // a different token sequence: kept
}

TEST_CASE("misp import: ATT&CK ids among synonyms become the mitre attribute, not aliases") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportFixtureMisp(&diag, nullptr);
  const gi::Entry* heron = Find(entries, "group:velvet-heron");
  CHECK_FALSE(HasAlias(*heron, "G9001"));
  CHECK(Contains(Attributes(*heron), "mitre=G9001,G9101"));
}

TEST_CASE("misp import: a sponsor state name maps to its ISO code") {
  const std::string actors = R"JSON({"values": [
    {"value": "Sponsored One", "meta": {"cfr-suspected-state-sponsor": "Russian Federation"}},
    {"value": "Sponsored Two", "meta": {"cfr-suspected-state-sponsor": "Korea (Democratic People's Republic of)"}},
    {"value": "Sponsored Three", "meta": {"country": "IR", "cfr-suspected-state-sponsor": "China"}},
    {"value": "Sponsored Four", "meta": {"cfr-suspected-state-sponsor": "Atlantis"}},
    {"value": "Sponsored Five", "meta": {"cfr-suspected-state-sponsor": "Unknown"}}]})JSON";
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportInlineMisp({actors}, &diag);
  CHECK(Attributes(*Find(entries, "group:sponsored-one")) == "country=RU");
  CHECK(Attributes(*Find(entries, "group:sponsored-two")) == "country=KP");
  CHECK(Attributes(*Find(entries, "group:sponsored-three")) == "country=IR");  // meta.country wins
  CHECK(Attributes(*Find(entries, "group:sponsored-four")).empty());
  CHECK(Attributes(*Find(entries, "group:sponsored-five")).empty());
  CHECK(Contains(Said(diag), "unknown sponsor state \"Atlantis\""));
  CHECK_FALSE(Contains(Said(diag), "\"Unknown\""));
}

TEST_CASE("misp import: missing fields and wrong types are warnings, not crashes") {
  gi::Diagnostics diag;
  std::vector<gi::Entry> entries;
  SUBCASE("fixture values: no value, not an object, synonyms a string, country a number") {
    entries = ImportFixtureMisp(&diag, nullptr);
    const std::string said = Said(diag);
    CHECK(Contains(said, "misp_threat_actors.json: warning: /values/3: has no \"value\" string; skipped"));
    CHECK(Contains(said, "/values/4: is number, not an object; skipped"));
    CHECK(Contains(said, "/values/2 \"Amber Wasp\": meta.synonyms is string, not an array; ignored"));
    CHECK(Contains(said, "/values/2 \"Amber Wasp\": meta.country is number, not a string"));
    CHECK(Find(entries, "group:amber-wasp") != nullptr);
  }
  SUBCASE("empty values") {
    entries = ImportInlineMisp({R"({"values": []})"}, &diag);
    CHECK(entries.empty());
    CHECK(diag.error_count() == 0);
    CHECK(Contains(Said(diag), "the cluster has no values"));
  }
  SUBCASE("odd members") {
    entries = ImportInlineMisp({R"({"values": [
      {"value": ""},
      {"value": 12},
      {"value": "Odd Meta", "meta": []},
      {"value": "Odd Synonyms", "uuid": 5, "meta": {"synonyms": [null, 3, ["x"], "Fine Name"],
                                                   "external_id": 7, "country": "ZZZ"}},
      {"value": "Odd Sponsor", "meta": {"cfr-suspected-state-sponsor": ["China"]}},
      {"value": "   "}]})"},
                               &diag);
    CHECK(entries.size() == 3);
    const gi::Entry* odd = Find(entries, "group:odd-synonyms");
    REQUIRE(odd != nullptr);
    CHECK(AliasNames(*odd) == std::vector<std::string>{"Fine Name"});
    CHECK(Attributes(*odd).empty());
    CHECK(diag.error_count() == 0);
    CHECK(Contains(Said(diag), "a synonym is null, not a string; ignored"));
  }
}

TEST_CASE("misp import: a file without a values array is an error") {
  gi::Diagnostics diag;
  for (const char* text : {"{}", "[]", "\"values\"", R"({"values": {}})"}) {
    ImportInlineMisp({text}, &diag);
  }
  CHECK(diag.error_count() == 4);
  CHECK(Contains(Said(diag), "inline0.json: error: not a MISP galaxy cluster"));
}

TEST_CASE("misp import: names with the same slug get distinct ids") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = ImportInlineMisp(
      {R"({"values": [{"value": "Team 7"}, {"value": "Team-7"}, {"value": "狼毒草", "uuid": "ABCDEF12-3456"}]})"},
      &diag);
  CHECK(Find(entries, "group:team-7") != nullptr);
  CHECK(Find(entries, "group:team-7-2") != nullptr);
  CHECK(Find(entries, "group:misp-abcdef12") != nullptr);
  CHECK(Contains(Said(diag), "\"Team-7\" gets id group:team-7-2"));
}

TEST_CASE("misp import: descriptions are never copied") {
  gi::Diagnostics diag;
  std::ostringstream out;
  gi::WriteTsv({}, ImportFixtureMisp(&diag, nullptr), out);
  CHECK_FALSE(Contains(out.str(), "copied"));
}

TEST_CASE("misp import: type and id prefix are options") {
  gi::Diagnostics diag;
  gi::MispOptions options;
  options.type = "AGENCY";
  options.id_prefix = "agency";
  const std::vector<gi::Entry> entries =
      gi::ImportMisp({Parse(R"({"values": [{"value": "Example Service"}]})")}, options, &diag);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].id == "agency:example-service");
  CHECK(entries[0].type == "AGENCY");
}

TEST_CASE("misp import: the MITRE suffix is split off a value") {
  std::string name;
  std::string id;
  CHECK(gi::SplitMitreSuffix("APT31 - G0128", &name, &id));
  CHECK(name == "APT31");
  CHECK(id == "G0128");
  CHECK_FALSE(gi::SplitMitreSuffix("Team - Red", &name, &id));
  CHECK_FALSE(gi::SplitMitreSuffix("G0128", &name, &id));
  CHECK(gi::IsMitreGroupId("G1234"));
  CHECK_FALSE(gi::IsMitreGroupId("G12"));
  CHECK_FALSE(gi::IsMitreGroupId("S1234"));
}

// ---------------------------------------------------------------------------------------
// stix_import

TEST_CASE("stix import: object types map to entity types") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, {}, &diag);
  struct Case {
    const char* id;
    const char* type;
    const char* canonical;
  };
  const Case cases[] = {
      {"group:mist-badger", "GROUP", "Mist Badger"},                       // intrusion-set
      {"group:rain-vole", "GROUP", "Rain Vole"},                           // threat-actor
      {"org:examplar-analytics", "ORGANIZATION", "Examplar Analytics"},    // identity
      {"agency:ministry-of-examples", "AGENCY", "Ministry of Examples"},   // government sector
      {"person:jane-q-example", "PERSON", "Jane Q. Example"},              // individual
      {"country:IS", "COUNTRY", "Iceland"},                                // location + country
      {"location:reykjavik", "LOCATION", "Reykjavik"},                     // location + city
      {"malware:slateworm", "MALWARE", "SlateWorm"},                       // malware
  };
  for (const Case& c : cases) {
    const std::string id = c.id;
    CAPTURE(id);
    const gi::Entry* e = Find(entries, c.id);
    REQUIRE(e != nullptr);
    CHECK(e->type == c.type);
    CHECK(e->canonical == c.canonical);
  }
  CHECK(Find(entries, "person:build-robot") == nullptr);
  CHECK(Find(entries, "malware:old-worm") == nullptr);  // revoked
}

TEST_CASE("stix import: attributes carry the STIX id and the ATT&CK id") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, {}, &diag);
  CHECK(Attributes(*Find(entries, "group:mist-badger")) ==
        "stix=intrusion-set--33333333-0000-4000-8000-000000000001;mitre=G9201");
  CHECK(Attributes(*Find(entries, "country:IS")) ==
        "iso2=IS;stix=location--33333333-0000-4000-8000-000000000007");
  CHECK(Attributes(*Find(entries, "location:reykjavik")) ==
        "country=IS;stix=location--33333333-0000-4000-8000-000000000009");
}

TEST_CASE("stix import: aliases pass the alias policy per type") {
  gi::Diagnostics diag;
  const gi::CommonWords words = TestWords();
  gi::StixOptions options;
  options.common_words = &words;
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, options, &diag);
  const gi::Entry* badger = Find(entries, "group:mist-badger");
  CHECK(AliasNames(*badger) == std::vector<std::string>{"TG-0001", "Badger{cap}"});
  CHECK(AliasNames(*Find(entries, "group:rain-vole")) == std::vector<std::string>{"Rain-Vole Crew"});
  // A name may be shared across types: the malware keeps "Mist Badger".
  CHECK(HasAlias(*Find(entries, "malware:slateworm"), "Mist Badger"));
}

TEST_CASE("stix import: two locations of one country merge into one entry") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, {}, &diag);
  const gi::Entry* iceland = Find(entries, "country:IS");
  REQUIRE(iceland != nullptr);
  CHECK(AliasNames(*iceland) == std::vector<std::string>{"Lýðveldið Ísland"});
  CHECK(diag.tallies().at("location objects merged into the same country") == 1);
}

TEST_CASE("stix import: objects missing fields or of other types are skipped with warnings") {
  gi::Diagnostics diag;
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, {}, &diag);
  CHECK(entries.size() == 9);
  const std::string said = Said(diag);
  CHECK(Contains(said, "identity_class \"system\" is neither organization nor individual; skipped"));
  CHECK(Contains(said, "malware has no \"name\" string; skipped"));
  CHECK(Contains(said, "aliases is string, not an array; ignored"));
  CHECK(Contains(said, "/objects/14: is number, not an object; skipped"));
  CHECK(diag.tallies().at("objects skipped: relationship") == 1);
  CHECK(diag.tallies().at("objects skipped: revoked or deprecated") == 1);
  CHECK(diag.error_count() == 0);
  SUBCASE("hostile objects") {
    gi::Diagnostics more;
    const std::vector<gi::Entry> few = gi::ImportStix(
        {Parse(R"({"type": "bundle", "objects": [
          {"type": "identity", "name": "No Class"},
          {"type": "location", "country": "not a code"},
          {"type": "location", "region": "northern-europe"},
          {"type": "location", "country": "NZ"},
          {"type": "intrusion-set", "name": 5},
          {"type": "malware", "name": "Dup", "id": "malware--1"},
          {"type": "malware", "name": "Dup Again", "id": "malware--1"},
          {"type": "threat-actor", "name": "Refs", "external_references": [7, {"source_name": "mitre-attack"}]},
          {"type": 3},
          {}]})")},
        {}, &more);
    CHECK(more.error_count() == 0);
    CHECK(few.size() == 3);
    CHECK(Find(few, "country:NZ") != nullptr);
    CHECK(Find(few, "country:NZ")->canonical == "NZ");  // no name, code not in the table
    CHECK(Attributes(*Find(few, "group:refs")).empty());
    CHECK(Contains(Said(more), "the id appeared before; this copy skipped"));
  }
}

TEST_CASE("stix import: a document without objects is an error") {
  gi::Diagnostics diag;
  gi::ImportStix({Parse(R"({"type": "bundle"})"), Parse("7")}, {}, &diag);
  CHECK(diag.error_count() == 2);
  CHECK(Contains(Said(diag), "error: not a STIX bundle"));
  gi::Diagnostics bare;
  CHECK(gi::ImportStix({Parse(R"([{"type": "malware", "name": "Bare"}])")}, {}, &bare).size() == 1);
}

TEST_CASE("stix import: id prefixes are options per type") {
  gi::Diagnostics diag;
  gi::StixOptions options;
  options.id_prefixes["GROUP"] = "actor";
  const std::vector<gi::Entry> entries = gi::ImportStix({Load("stix_bundle.json")}, options, &diag);
  CHECK(Find(entries, "actor:mist-badger") != nullptr);
  CHECK(Find(entries, "malware:slateworm") != nullptr);
}

// ---------------------------------------------------------------------------------------
// tsv_writer

TEST_CASE("tsv writer: comments, column header, then entries sorted by id") {
  std::vector<gi::Entry> entries(2);
  entries[0] = {"group:zulu", "GROUP", "Zulu", {{"Zed", {"cap"}}, {"Z Team", {}}}, {}, {}, ""};
  entries[1] = {"group:alpha", "GROUP", "Alpha", {}, {{"country", "FR"}, {"misp", "u-1"}}, {}, ""};
  std::ostringstream out;
  gi::WriteTsv({"GENERATED by a test"}, entries, out);
  CHECK(out.str() ==
        "# GENERATED by a test\n"
        "id\ttype\tcanonical\taliases\tattributes\n"
        "group:alpha\tGROUP\tAlpha\t\tcountry=FR;misp=u-1\n"
        "group:zulu\tGROUP\tZulu\tZed{cap}|Z Team\t\n");
}

TEST_CASE("tsv writer: fields never contain TAB or newline") {
  std::vector<gi::Entry> entries(1);
  entries[0] = {"group:x", "GROUP", "Two\tLines\nName", {{"A\tB", {}}}, {{"note", "a;b\nc"}}, {}, ""};
  std::ostringstream out;
  gi::WriteTsv({"comment\nwith newline"}, entries, out);
  std::istringstream lines(out.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    if (line[0] == '#') continue;
    CHECK(std::count(line.begin(), line.end(), '\t') == 4);
  }
  CHECK(n == 3);
  CHECK(Contains(out.str(), "Two Lines Name\tA B\tnote=a,b c"));
}

TEST_CASE("tsv writer: alias syntax characters are refused, canonical ones replaced") {
  CHECK_FALSE(gi::AliasSyntaxProblem("A|B").empty());
  CHECK_FALSE(gi::AliasSyntaxProblem("A{cs}").empty());
  CHECK(gi::AliasSyntaxProblem("A (B)").empty());
  bool changed = false;
  CHECK(gi::CleanCanonical("A|B {C}", &changed) == "A/B (C)");
  CHECK(changed);
}

// ---------------------------------------------------------------------------------------
// cli

TEST_CASE("cli: --help documents every option and both modes") {
  std::string out;
  std::string err;
  CHECK(RunCli({"--help"}, &out, &err) == gi::kExitOk);
  for (const char* word : {"misp", "stix", "--output", "--type", "--id-prefix", "--common-words",
                           "--source", "--regenerate", "{cap}", "Exit status"}) {
    const std::string option = word;
    CAPTURE(option);
    CHECK(Contains(out, word));
  }
  CHECK(RunCli({"misp", "--help"}, &out, &err) == gi::kExitOk);
  CHECK(err.empty());
}

TEST_CASE("cli: usage errors exit 2 with a hint") {
  std::string out;
  std::string err;
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"csv", "x.json"},
      {"misp"},
      {"misp", "--bogus", "x.json"},
      {"misp", "--type", "lower", "x.json"},
      {"misp", "--id-prefix", "Bad Prefix", "x.json"},
      {"stix", "--type", "GROUP", "x.json"},
      {"stix", "--id-prefix", "group", "x.json"},
      {"misp", "x.json", "-o"},
  };
  for (const std::vector<std::string>& args : bad) {
    CAPTURE(args.size());
    CHECK(RunCli(args, &out, &err) == gi::kExitError);
    CHECK(Contains(err, "--help"));
  }
}

TEST_CASE("cli: malformed JSON exits 2 naming file:line:column and writes no output") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string tmp_in = (dir / "gazette_import_test_bad.json").string();
  const std::string tmp_out = (dir / "gazette_import_test_bad.tsv").string();
  {
    std::ofstream f(tmp_in, std::ios::binary);
    f << "{\n  \"values\": [\n    {\"value\": \"x\",}\n  ]\n}\n";
  }
  std::remove(tmp_out.c_str());
  std::string out;
  std::string err;
  CHECK(RunCli({"misp", tmp_in, "-o", tmp_out}, &out, &err) == gi::kExitError);
  CHECK(Contains(err, tmp_in + ":3:19: error: invalid JSON"));
  CHECK(Contains(err, "no output written"));
  CHECK_FALSE(std::ifstream(tmp_out).good());
  std::remove(tmp_in.c_str());
}

TEST_CASE("cli: a missing input or word list exits 2 naming the file") {
  std::string out;
  std::string err;
  CHECK(RunCli({"misp", "/nonexistent/a.json"}, &out, &err) == gi::kExitError);
  CHECK(Contains(err, "/nonexistent/a.json: error: cannot open file"));
  CHECK(RunCli({"misp", "--common-words", "/nonexistent/words", DataPath("misp_threat_actors.json")},
               &out, &err) == gi::kExitError);
  CHECK(Contains(err, "/nonexistent/words: error: cannot open file"));
  CHECK(out.empty());
}

TEST_CASE("cli: output starts with the GENERATED header and the summary counts entries and aliases") {
  std::string out;
  std::string err;
  CHECK(RunCli({"misp", "--source", "test data", "--regenerate", "make it", DataPath("misp_threat_actors.json"),
                DataPath("misp_intrusion_sets.json")},
               &out, &err) == gi::kExitOk);
  CHECK(out.rfind("# GENERATED by tools/gazette-import from test data; DO NOT EDIT. Regenerate: make it\n"
                  "id\ttype\tcanonical\taliases\tattributes\n",
                  0) == 0);
  CHECK(Contains(err, "wrote standard output: 5 entries, "));
  CHECK(RunCli({"misp", DataPath("misp_threat_actors.json")}, &out, &err) == gi::kExitOk);
  CHECK(Contains(out, "from the MISP galaxy (CC0); DO NOT EDIT. Regenerate: gazette-import misp "));
}
