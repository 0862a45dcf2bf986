// Tests of src/gazetteer_loader.cc (and the load-time checks of Gazetteer::Compile): every error code
// with its file, line, column and message; every error reported, not only the first; deny lists; merges.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "gazetteer.h"
#include "gazetteer_data.h"
#include "test_util.h"

namespace gazette {
namespace {

using gazette_test::kTsvHeader;

struct Loaded {
  GazetteerData data;
  std::vector<Error> errors;
};

Loaded Load(const std::string& content, const std::string& file = "test.tsv", const Config& config = {}) {
  Loaded l;
  LoadGazetteerTsv(content, file, config, &l.data, &l.errors);
  return l;
}

// Loads, then compiles (which finds duplicate aliases, punctuation-only aliases, too many aliases).
std::vector<Error> LoadAndCompile(const std::vector<std::pair<std::string, std::string>>& files, const Config& config = {}) {
  GazetteerData data;
  std::vector<Error> errors;
  for (const auto& [name, content] : files) LoadGazetteerTsv(content, name, config, &data, &errors);
  Gazetteer::Compile(std::move(data), {}, config, &errors);
  return errors;
}

std::string Str(const Error& e) {
  std::ostringstream os;
  os << e;
  return os.str();
}

int ColumnOf(const std::string& line, const std::string& needle) {
  std::size_t p = line.find(needle);
  REQUIRE(p != std::string::npos);
  return static_cast<int>(p) + 1;
}

TEST_CASE("gazetteer loader: a well-formed file loads without errors") {
  Loaded l = Load(std::string("# comment\n\n") + kTsvHeader +
                  "group:foo\tGROUP\tFoo Spider\tFoo Team|FOO{cs}|Fooz{cap, ambiguous}\tcountry=XX;mitre=G9999\n"
                  "country:ZZ\tCOUNTRY\tZedland\tZedlandic{demonym}\t\n");
  CHECK(l.errors.empty());
  REQUIRE(l.data.entries.size() == 2);
  CHECK(l.data.entries[0].id == "group:foo");
  CHECK(l.data.entries[0].attribute("mitre") == "G9999");
  CHECK(l.data.entries[0].line == 4);
  CHECK(l.data.aliases.size() == 6);  // two canonical names + four aliases
  SUBCASE("a BOM and CRLF line ends are accepted") {
    Loaded crlf = Load("\xEF\xBB\xBFid\ttype\tcanonical\taliases\tattributes\r\ngroup:bar\tGROUP\tBar\tBaz\tk=v\r\n");
    CHECK(crlf.errors.empty());
    REQUIRE(crlf.data.entries.size() == 1);
    CHECK(crlf.data.entries[0].attribute("k") == "v");
  }
}

TEST_CASE("gazetteer loader: kBadHeader names the expected columns") {
  SUBCASE("wrong column names") {
    Loaded l = Load("id\ttype\tname\taliases\tattributes\ngroup:a\tGROUP\tA\t\t\n");
    REQUIRE(l.errors.size() == 1);
    const Error& e = l.errors[0];
    CHECK(e.code == ErrorCode::kBadHeader);
    CHECK(e.file == "test.tsv");
    CHECK(e.line == 1);
    CHECK(e.column == 1);
    CHECK(e.message.find("id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes") != std::string::npos);
  }
  SUBCASE("the header after comment lines is on its own line number") {
    Loaded l = Load("# one\n# two\nid,type,canonical,aliases,attributes\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kBadHeader);
    CHECK(l.errors[0].line == 3);
  }
  SUBCASE("a file with only comments has no header") {
    Loaded l = Load("# nothing here\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kBadHeader);
    CHECK(l.errors[0].message.find("no header") != std::string::npos);
  }
}

TEST_CASE("gazetteer loader: kColumnCount gives the expected and found field counts") {
  Loaded l = Load(std::string(kTsvHeader) + "group:a\tGROUP\tA\tB\n" + "group:b\tGROUP\tB\t\t\t\n");
  REQUIRE(l.errors.size() == 2);
  CHECK(l.errors[0].code == ErrorCode::kColumnCount);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == 1);
  CHECK(l.errors[0].message.find("expected 5") != std::string::npos);
  CHECK(l.errors[0].message.find("found 4") != std::string::npos);
  CHECK(l.errors[1].line == 3);
  CHECK(l.errors[1].message.find("found 6") != std::string::npos);
}

TEST_CASE("gazetteer loader: kBadId quotes the id and points at its column") {
  for (std::string id : {"apt31", ":apt31", "group:", "group:apt 31", "group:a|b"}) {
    CAPTURE(id);
    std::string line = id + "\tGROUP\tAPT31\t\t";
    Loaded l = Load(std::string(kTsvHeader) + line + "\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kBadId);
    CHECK(l.errors[0].line == 2);
    CHECK(l.errors[0].column == 1);
    CHECK(l.errors[0].message.find("\"" + id + "\"") != std::string::npos);
  }
}

TEST_CASE("gazetteer loader: kUnknownType quotes the type and points at its column") {
  std::string line = "group:x\tGroup\tX\t\t";
  Loaded l = Load(std::string(kTsvHeader) + line + "\n");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].code == ErrorCode::kUnknownType);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == ColumnOf(line, "Group"));
  CHECK(l.errors[0].message.find("\"Group\"") != std::string::npos);
  SUBCASE("user types in capitals, digits and _ are valid") {
    CHECK(Load(std::string(kTsvHeader) + "tool:x\tTOOL_2\tX\t\t\n").errors.empty());
    CHECK(IsValidTypeName("MALWARE"));
    CHECK_FALSE(IsValidTypeName("2TOOL"));
    CHECK_FALSE(IsValidTypeName(""));
  }
}

TEST_CASE("gazetteer loader: kDuplicateId names the first line") {
  Loaded l = Load(std::string(kTsvHeader) + "group:x\tGROUP\tX\t\t\n" + "group:y\tGROUP\tY\t\t\n" +
                  "group:x\tGROUP\tX\tXX\t\n");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].code == ErrorCode::kDuplicateId);
  CHECK(l.errors[0].line == 4);
  CHECK(l.errors[0].column == 1);
  CHECK(l.errors[0].message.find("\"group:x\"") != std::string::npos);
  CHECK(l.errors[0].message.find("line 2") != std::string::npos);
}

TEST_CASE("gazetteer loader: kConflictingEntry when one id disagrees across files") {
  GazetteerData data;
  std::vector<Error> errors;
  LoadGazetteerTsv(std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\t\t\n", "a.tsv", {}, &data, &errors);
  SUBCASE("another canonical name") {
    LoadGazetteerTsv(std::string(kTsvHeader) + "# c\ngroup:x\tGROUP\tX Panda\t\t\n", "b.tsv", {}, &data, &errors);
  }
  SUBCASE("another type") {
    LoadGazetteerTsv(std::string(kTsvHeader) + "# c\ngroup:x\tMALWARE\tX Spider\t\t\n", "b.tsv", {}, &data, &errors);
  }
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == ErrorCode::kConflictingEntry);
  CHECK(errors[0].file == "b.tsv");
  CHECK(errors[0].line == 3);
  CHECK(errors[0].message.find("\"group:x\"") != std::string::npos);
  CHECK(errors[0].message.find("a.tsv:2") != std::string::npos);
}

TEST_CASE("gazetteer loader: entries with one id in two files merge their aliases and attributes") {
  GazetteerData data;
  std::vector<Error> errors;
  LoadGazetteerTsv(std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tAlpha\tcountry=AA\n", "a.tsv", {}, &data, &errors);
  LoadGazetteerTsv(std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tBeta\tmitre=G0001\n", "b.tsv", {}, &data, &errors);
  CHECK(errors.empty());
  REQUIRE(data.entries.size() == 1);
  CHECK(data.entries[0].attribute("country") == "AA");
  CHECK(data.entries[0].attribute("mitre") == "G0001");
  std::vector<std::string> aliases;
  for (const AliasRecord& a : data.aliases) aliases.push_back(a.text + "@" + a.file);
  CHECK(aliases == std::vector<std::string>{"X Spider@a.tsv", "Alpha@a.tsv", "Beta@b.tsv"});

  SUBCASE("through the public API both files' aliases match") {
    gazette_test::TempDir dir;
    gazette::Config cfg;
    cfg.use_bundled_data = false;
    cfg.gazetteer_paths = {dir.Write("a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tAlpha\t\n"),
                           dir.Write("b.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tBeta\t\n")};
    auto ex = gazette_test::BuildOrFail(cfg);
    Document doc = ex->Extract("Alpha and Beta are X Spider.");
    REQUIRE(doc.entities.size() == 3);
    for (const Entity& e : doc.entities) CHECK(e.canonical_id == "group:x");
    // BUG (src/extractor.cc, Mention source): the source joins the entry's first file (a.tsv) with
    // the alias's line in b.tsv, giving "gazetteer:a.tsv:2" for an alias that is on b.tsv:2.
    CHECK(doc.entities[1].source == "gazetteer:b.tsv:2");
  }
}

TEST_CASE("gazetteer loader: bundled groups_curated.tsv names resolve to the groups.tsv entries they extend") {
  const Extractor& ex = gazette_test::BundledExtractor();
  Document doc = ex.Extract(
      "Forest Blizzard and Midnight Blizzard are old names; Razing Ursa, Pensive Ursa, COLDRIVER, "
      "Earth Koshchei, NICKEL KIMBALL and Jumpy Pisces are curated ones, as is Jasper Sleet.");
  INFO(gazette_test::Describe(doc));
  auto id_of = [&](std::string_view text) {
    const Entity* e = gazette_test::FindEntity(doc, text, "GROUP");
    return e ? e->canonical_id : std::string("(not found)");
  };
  // Names from groups.tsv still resolve as before.
  CHECK(id_of("Forest Blizzard") == "group:apt28");
  CHECK(id_of("Midnight Blizzard") == "group:apt29");
  // Vendor names from groups_curated.tsv join the existing entries instead of making new ones.
  CHECK(id_of("Razing Ursa") == "group:sandworm");
  CHECK(id_of("Pensive Ursa") == "group:turla");
  CHECK(id_of("COLDRIVER") == "group:callisto");
  CHECK(id_of("Earth Koshchei") == "group:apt29");
  CHECK(id_of("NICKEL KIMBALL") == "group:kimsuky");  // the longer name wins over APT15's "NICKEL"
  CHECK(id_of("Jumpy Pisces") == "group:silent-chollima");
  // A curated entry of its own, and a curated attribute merged into an imported entry.
  CHECK(id_of("Jasper Sleet") == "group:jasper-sleet");
  CHECK(ex.Attribute("group:jasper-sleet", "country") == "KP");
  CHECK(ex.Attribute("group:apt43", "country") == "KP");
}

TEST_CASE("gazetteer loader: kDuplicateAlias when one alias names two entries of one type") {
  std::string a = std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tShadow Owl\t\n";
  std::string line = "group:y\tGROUP\tY Spider\tOther|Shadow  OWL\t";
  std::vector<Error> errors = LoadAndCompile({{"a.tsv", a}, {"b.tsv", std::string(kTsvHeader) + line + "\n"}});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == ErrorCode::kDuplicateAlias);
  CHECK(errors[0].file == "b.tsv");
  CHECK(errors[0].line == 2);
  CHECK(errors[0].column == ColumnOf(line, "Shadow  OWL"));
  CHECK(errors[0].message.find("Shadow  OWL") != std::string::npos);
  CHECK(errors[0].message.find("group:x") != std::string::npos);
  CHECK(errors[0].message.find("a.tsv:2") != std::string::npos);

  SUBCASE("allowed when both aliases are marked ambiguous") {
    CHECK(LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tShadow Owl{ambiguous}\t\n"
                                                              "group:y\tGROUP\tY Spider\tShadow Owl{ambiguous}\t\n"}})
              .empty());
  }
  SUBCASE("one ambiguous mark is not enough") {
    CHECK(LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tShadow Owl{ambiguous}\t\n"
                                                              "group:y\tGROUP\tY Spider\tShadow Owl\t\n"}})
              .size() == 1);
  }
  SUBCASE("allowed across types") {
    CHECK(LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX Spider\tGeorgia\t\n"
                                                              "country:GE\tCOUNTRY\tGeorgia\t\t\n"}})
              .empty());
  }
  SUBCASE("spelling variants that fold to one key are duplicates too") {
    std::vector<Error> e = LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tAPT 77\t\t\n"
                                                                             "group:y\tGROUP\tAPT-77\t\t\n"}});
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == ErrorCode::kDuplicateAlias);
    CHECK(e[0].line == 3);
  }
}

TEST_CASE("gazetteer loader: kEmptyAlias for empty aliases and canonical names") {
  SUBCASE("an empty alias between two bars") {
    std::string line = "group:x\tGROUP\tX\tA||B\t";
    Loaded l = Load(std::string(kTsvHeader) + line + "\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kEmptyAlias);
    CHECK(l.errors[0].line == 2);
    CHECK(l.errors[0].column == ColumnOf(line, "|B") );
  }
  SUBCASE("an alias that is only flags") {
    Loaded l = Load(std::string(kTsvHeader) + "group:x\tGROUP\tX\t{cs}\t\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kEmptyAlias);
  }
  SUBCASE("an empty canonical name") {
    std::string line = "group:x\tGROUP\t \tA\t";
    Loaded l = Load(std::string(kTsvHeader) + line + "\n");
    REQUIRE(l.errors.size() == 1);
    CHECK(l.errors[0].code == ErrorCode::kEmptyAlias);
    CHECK(l.errors[0].column == 15);
    CHECK(l.errors[0].message.find("canonical") != std::string::npos);
  }
  SUBCASE("an alias of punctuation only (error.h: 'empty or only punctuation')") {
    // BUG (src/gazetteer.cc, Compile): punctuation tokens are match units, so "--" and "..." are
    // accepted and then match every "--" and "..." in texts as the group.
    std::string line = "group:x\tGROUP\tX Spider\t--|...\t";
    std::vector<Error> e = LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + line + "\n"}});
    REQUIRE(e.size() == 2);
    CHECK(e[0].code == ErrorCode::kEmptyAlias);
    CHECK(e[0].line == 2);
    CHECK(e[0].column == ColumnOf(line, "--"));
    CHECK(e[1].code == ErrorCode::kEmptyAlias);
  }
}

TEST_CASE("gazetteer loader: kAliasTooLong uses Config::max_alias_bytes") {
  Config cfg;
  cfg.max_alias_bytes = 20;
  std::string long_alias(21, 'a');
  std::string line = "group:x\tGROUP\tX\tok alias|" + long_alias + "\t";
  Loaded l = Load(std::string(kTsvHeader) + line + "\n", "test.tsv", cfg);
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].code == ErrorCode::kAliasTooLong);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == ColumnOf(line, long_alias));
  CHECK(l.errors[0].message.find("20 bytes") != std::string::npos);
  SUBCASE("exactly the limit is fine") {
    CHECK(Load(std::string(kTsvHeader) + "group:x\tGROUP\tX\t" + std::string(20, 'b') + "\t\n", "t.tsv", cfg).errors.empty());
  }
  SUBCASE("the default limit is 256 bytes") {
    Loaded d = Load(std::string(kTsvHeader) + "group:x\tGROUP\tX\t" + std::string(257, 'c') + "\t\n");
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].message.find("256") != std::string::npos);
  }
}

TEST_CASE("gazetteer loader: kUnknownFlag quotes the flag and lists the known ones") {
  std::string line = "group:x\tGROUP\tX\tGoblin{cs,loud}\t";
  Loaded l = Load(std::string(kTsvHeader) + line + "\n");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].code == ErrorCode::kUnknownFlag);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == ColumnOf(line, "Goblin"));
  CHECK(l.errors[0].message.find("\"loud\"") != std::string::npos);
  CHECK(l.errors[0].message.find("cs, ci, cap, demonym, ambiguous") != std::string::npos);
}

TEST_CASE("gazetteer loader: kBadAttribute quotes the attribute") {
  std::string line = "group:x\tGROUP\tX\t\tcountry=RU;mitre;=v";
  Loaded l = Load(std::string(kTsvHeader) + line + "\n");
  REQUIRE(l.errors.size() == 2);
  CHECK(l.errors[0].code == ErrorCode::kBadAttribute);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == ColumnOf(line, "mitre"));
  CHECK(l.errors[0].message.find("\"mitre\"") != std::string::npos);
  CHECK(l.errors[1].code == ErrorCode::kBadAttribute);
  CHECK(l.errors[1].message.find("\"=v\"") != std::string::npos);
}

TEST_CASE("gazetteer loader: kInvalidUtf8 points at the first bad byte") {
  // BUG (src/gazetteer_loader.cc, FirstInvalidColumn): a valid multi-byte character before the bad
  // byte is cut by the prefix test, so the column points at the "é" of "Café" instead of 0xFF.
  std::string line = "group:x\tGROUP\tCaf\xC3\xA9 \xFF" "Bar\t\t";
  Loaded l = Load(std::string(kTsvHeader) + line + "\n");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].code == ErrorCode::kInvalidUtf8);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == static_cast<int>(line.find('\xFF')) + 1);
}

TEST_CASE("gazetteer loader: kTooManyAliases uses Config::max_gazetteer_aliases") {
  Config cfg;
  cfg.max_gazetteer_aliases = 3;
  std::vector<Error> e = LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX\tA|B|C\t\n"}}, cfg);
  REQUIRE(e.size() == 1);
  CHECK(e[0].code == ErrorCode::kTooManyAliases);
  CHECK(e[0].message.find("max_gazetteer_aliases (3)") != std::string::npos);
  CHECK(LoadAndCompile({{"a.tsv", std::string(kTsvHeader) + "group:x\tGROUP\tX\tA|B\t\n"}}, cfg).empty());
}

TEST_CASE("gazetteer loader: a load reports every error, in file order, not only the first") {
  std::string content = std::string(kTsvHeader) +
                        "group:ok\tGROUP\tFine\t\t\n"           // 2
                        "bad id\tGROUP\tX\t\t\n"                // 3 bad id
                        "group:t\tgroup\tX\t\t\n"               // 4 unknown type
                        "group:c\tGROUP\tX\n"                   // 5 column count
                        "group:f\tGROUP\tX\tY{zz}\t\n"          // 6 unknown flag
                        "group:a\tGROUP\tX\t\tnoeq\n"           // 7 bad attribute
                        "group:ok\tGROUP\tFine\t\t\n";          // 8 duplicate id
  Loaded l = Load(content);
  std::vector<std::pair<ErrorCode, int>> got;
  for (const Error& e : l.errors) got.emplace_back(e.code, e.line);
  std::vector<std::pair<ErrorCode, int>> want = {{ErrorCode::kBadId, 3},       {ErrorCode::kUnknownType, 4},
                                                 {ErrorCode::kColumnCount, 5}, {ErrorCode::kUnknownFlag, 6},
                                                 {ErrorCode::kBadAttribute, 7}, {ErrorCode::kDuplicateId, 8}};
  CHECK(got == want);

  SUBCASE("Extractor::Build returns them all, across files, and builds nothing") {
    gazette_test::TempDir dir;
    gazette::Config cfg;
    cfg.use_bundled_data = false;
    cfg.gazetteer_paths = {dir.Write("one.tsv", content), dir.Write("two.tsv", "no header here\n")};
    gazette::BuildResult r = gazette::Extractor::Build(cfg);
    CHECK_FALSE(r.ok());
    CHECK(r.extractor == nullptr);
    CHECK(r.errors.size() == want.size() + 1);
    CHECK(r.errors.back().code == ErrorCode::kBadHeader);
    CHECK(r.errors.back().file.find("two.tsv") != std::string::npos);
  }
}

TEST_CASE("gazetteer loader: errors print as file:line:column: message [code]") {
  Error e{ErrorCode::kDuplicateAlias, "groups.tsv", 42, 17, "alias \"APT 31\" duplicates"};
  CHECK(Str(e) == "groups.tsv:42:17: alias \"APT 31\" duplicates [duplicate-alias]");
  CHECK(Str(Error{ErrorCode::kIoError, "x.tsv", 0, 0, "cannot read file"}) == "x.tsv: cannot read file [io-error]");
  CHECK(Str(Error{ErrorCode::kTooManyAliases, "", 0, 0, "too many"}) == "too many [too-many-aliases]");
  CHECK(std::string(ErrorCodeName(ErrorCode::kBadPattern)) == "bad-pattern");
}

TEST_CASE("gazetteer loader: deny-list files are told apart by their header") {
  Loaded l = Load("surface\ttype\tentry\n"
                  "Lantern\t\t\n"
                  "Paris Hilton\tLOCATION\t\n"
                  "Mustang\tGROUP\tgroup:mustang-panda\n");
  CHECK(l.errors.empty());
  CHECK(l.data.entries.empty());
  REQUIRE(l.data.deny.size() == 3);
  CHECK(l.data.deny[0].surface == "lantern");
  CHECK(l.data.deny[0].type.empty());
  CHECK(l.data.deny[1].surface == "paris hilton");
  CHECK(l.data.deny[1].type == "LOCATION");
  CHECK(l.data.deny[2].entry == "group:mustang-panda");
  SUBCASE("deny lines are checked too") {
    Loaded bad = Load("surface\ttype\tentry\n\tGROUP\t\nX\tgroup\t\nY\tGROUP\n");
    REQUIRE(bad.errors.size() == 3);
    CHECK(bad.errors[0].code == ErrorCode::kEmptyAlias);
    CHECK(bad.errors[0].line == 2);
    CHECK(bad.errors[1].code == ErrorCode::kUnknownType);
    CHECK(bad.errors[1].line == 3);
    CHECK(bad.errors[2].code == ErrorCode::kColumnCount);
    CHECK(bad.errors[2].line == 4);
  }
}

TEST_CASE("gazetteer loader: unreadable paths are io errors naming the path") {
  gazette::Config cfg;
  cfg.use_bundled_data = false;
  SUBCASE("a missing file") {
    cfg.gazetteer_paths = {"/nonexistent/dir/x.tsv"};
    gazette::BuildResult r = gazette::Extractor::Build(cfg);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == ErrorCode::kIoError);
    CHECK(r.errors[0].file == "/nonexistent/dir/x.tsv");
  }
  SUBCASE("a file of an unknown kind") {
    gazette_test::TempDir dir;
    cfg.gazetteer_paths = {dir.Write("names.csv", "a,b\n")};
    gazette::BuildResult r = gazette::Extractor::Build(cfg);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == ErrorCode::kIoError);
    CHECK(r.errors[0].message.find(".tsv") != std::string::npos);
  }
}

}  // namespace
}  // namespace gazette
