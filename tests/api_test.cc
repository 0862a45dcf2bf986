// Tests of the public API (include/gazette/*.h, src/extractor.cc, src/json_output.cc): Build from any
// working directory, Extract on hostile input, the span invariants, the JSON form, and one extractor
// shared by many threads.
#include <doctest/doctest.h>

#include <unistd.h>

#include <climits>
#include <cstddef>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gazette/gazette.h"
#include "test_util.h"
#include "utf8.h"

namespace gazette {
namespace {

using gazette_test::BundledExtractor;
using gazette_test::Describe;
using gazette_test::FixtureExtractor;
using gazette_test::Slice;

// Restores the working directory when it goes out of scope.
class ChangeDir {
 public:
  explicit ChangeDir(const std::string& dir) {
    char buf[PATH_MAX];
    REQUIRE(getcwd(buf, sizeof(buf)) != nullptr);
    old_ = buf;
    REQUIRE(chdir(dir.c_str()) == 0);
  }
  ~ChangeDir() { (void)chdir(old_.c_str()); }

 private:
  std::string old_;
};

// The invariants every Document must satisfy, whatever the input.
void CheckInvariants(const Document& doc) {
  INFO(Describe(doc));
  DecodedText d = DecodeUtf8(doc.text);
  std::size_t prev_end = 0;
  for (const Entity& e : doc.entities) {
    REQUIRE(e.bytes.begin < e.bytes.end);
    REQUIRE(e.bytes.end <= doc.text.size());
    REQUIRE(e.chars.begin < e.chars.end);
    REQUIRE(e.chars.end <= d.cps.size());
    // Byte span: the original bytes are the entity text.
    CHECK(Slice(doc.text, e.bytes) == e.text);
    // Code-point span: the same text, counted in code points.
    CHECK(d.byte_of[e.chars.begin] == e.bytes.begin);
    CHECK(d.byte_of[e.chars.end] == e.bytes.end);
    DecodedText et = DecodeUtf8(e.text);
    CHECK(std::vector<char32_t>(d.cps.begin() + static_cast<std::ptrdiff_t>(e.chars.begin),
                                d.cps.begin() + static_cast<std::ptrdiff_t>(e.chars.end)) == et.cps);
    // Sorted by position, never overlapping.
    CHECK(e.bytes.begin >= prev_end);
    prev_end = e.bytes.end;
    CHECK_FALSE(e.type.empty());
    CHECK_FALSE(e.canonical_id.empty());
  }
  for (const Sentence& s : doc.sentences) {
    CHECK(s.bytes.end <= doc.text.size());
    CHECK(d.byte_of[s.chars.begin] == s.bytes.begin);
    CHECK(d.byte_of[s.chars.end] == s.bytes.end);
  }
  for (const Relation& r : doc.relations) {
    REQUIRE(r.head < doc.entities.size());
    REQUIRE(r.tail < doc.entities.size());
    CHECK(r.head != r.tail);
    CHECK(d.byte_of[r.trigger_chars.begin] == r.trigger_bytes.begin);
    CHECK(d.byte_of[r.trigger_chars.end] == r.trigger_bytes.end);
    CHECK(r.sentence_bytes.begin <= r.trigger_bytes.begin);
    CHECK(r.trigger_bytes.end <= r.sentence_bytes.end);
    CHECK_FALSE(r.rule.empty());
  }
  CHECK((doc.lang == "en" || doc.lang == "fr"));
  // Whatever the text, the JSON form serializes.
  CHECK_NOTHROW((void)ToJson(doc).dump());
}

TEST_CASE("api: Build with the default Config works from any working directory") {
  ChangeDir in_tmp(std::filesystem::temp_directory_path().string());
  BuildResult r = Extractor::Build(Config{});
  INFO(gazette_test::ErrorsToString(r.errors));
  REQUIRE(r.ok());
  CHECK(r.errors.empty());
  Document doc = r.extractor->Extract("APT31 targeted France.");
  INFO(Describe(doc));
  const Entity* g = gazette_test::FindEntity(doc, "APT31", "GROUP");
  REQUIRE(g != nullptr);
  CHECK(g->canonical_id == "group:apt31");
  CHECK(r.extractor->stats().count("GROUP") == 1);
  CHECK(r.extractor->config().use_bundled_data);
}

TEST_CASE("api: Build without bundled data and without paths gives an extractor that finds nothing") {
  Config cfg;
  cfg.use_bundled_data = false;
  BuildResult r = Extractor::Build(cfg);
  REQUIRE(r.ok());
  Document doc = r.extractor->Extract("APT31 targeted France.");
  CHECK(doc.entities.empty());
  CHECK(doc.sentences.size() == 1);
}

TEST_CASE("api: Extract never throws on hostile input and warns where relevant") {
  const Extractor& ex = BundledExtractor();
  SUBCASE("invalid UTF-8") {
    std::string text = "APT31 \xFF\xFE targeted \xC3 France \xED\xA0\x80.";
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CheckInvariants(doc);
    REQUIRE_FALSE(doc.warnings.empty());
    CHECK(doc.warnings[0].find("invalid UTF-8") != std::string::npos);
    CHECK(doc.text == text);  // the document keeps the original bytes
    CHECK(gazette_test::FindEntity(doc, "APT31") != nullptr);
    nlohmann::json j = ToJson(doc);
    CHECK(IsValidUtf8(j.dump()));
  }
  SUBCASE("NUL bytes") {
    std::string text("APT31\0targeted\0France.", 23);
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CheckInvariants(doc);
    CHECK(gazette_test::FindEntity(doc, "APT31") != nullptr);
  }
  SUBCASE("a BOM at the start") {
    std::string text = "\xEF\xBB\xBF" "APT31 targeted France.";
    Document doc = ex.Extract(text);
    CheckInvariants(doc);
    const Entity* e = gazette_test::FindEntity(doc, "APT31");
    REQUIRE(e != nullptr);
    CHECK(e->bytes.begin == 3);
    CHECK(e->chars.begin == 1);
    CHECK(doc.warnings.empty());
  }
  SUBCASE("CRLF line ends") {
    Document doc = ex.Extract("APT31 struck.\r\nFancy Bear too.\r\n");
    CheckInvariants(doc);
    CHECK(doc.sentences.size() == 2);
    CHECK(gazette_test::FindEntity(doc, "APT31") != nullptr);
  }
  SUBCASE("empty text") {
    Document doc = ex.Extract("");
    CheckInvariants(doc);
    CHECK(doc.entities.empty());
    CHECK(doc.sentences.empty());
    CHECK(doc.relations.empty());
    CHECK(doc.warnings.empty());
    CHECK(doc.lang == "en");
  }
  SUBCASE("only white space and punctuation") {
    CheckInvariants(ex.Extract(" \n\t\n\n...!?()"));
  }
  SUBCASE("a 10 MB line without spaces") {
    std::string text(10u << 20, 'a');
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CHECK(doc.entities.empty());
    CHECK(doc.sentences.size() == 1);
  }
  SUBCASE("a 1 MB line of names without spaces (one sentence far over max_sentence_tokens)") {
    // 1 MB, not 10: entity-dense text costs about 1 s per MB (ResolveOverlaps dominates).
    std::string text;
    while (text.size() < (1u << 20)) text += "APT31.France,";
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CHECK_FALSE(doc.entities.empty());
    CHECK(doc.sentences.size() == 1);
    bool warned = false;
    for (const std::string& w : doc.warnings) warned |= w.find("max_sentence_tokens") != std::string::npos;
    CHECK(warned);
  }
  SUBCASE("100k nested brackets") {
    std::string text = std::string(100000, '(') + "APT31" + std::string(100000, ')');
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CheckInvariants(doc);
    CHECK(gazette_test::FindEntity(doc, "APT31") != nullptr);
    std::string square = std::string(100000, '[') + std::string(100000, ']') + "(((ODV)))";
    CHECK_NOTHROW(CheckInvariants(ex.Extract(square)));
  }
  SUBCASE("every byte value") {
    std::string text;
    for (int round = 0; round < 4; ++round)
      for (int b = 0; b < 256; ++b) text.push_back(static_cast<char>(b));
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CheckInvariants(doc);
  }
}

TEST_CASE("api: random documents built from rule-triggering pieces keep every invariant") {
  // Pieces that wake up every stage: gazetteer names, pattern names, titles, acronym brackets,
  // list lines, demonyms, relation triggers, negations, quotes, initials, invalid bytes.
  static const char* const kPieces[] = {
      "APT31", "APT 41", "UNC2222", "Storm-0123", "Foo Panda", "France", "French", "fran\xC3\xA7\x61ise", "China",
      "China\xE2\x80\x99s", "Helix Bank", "NCSC", "(", ")", "(ODV)", "Office for Digital Vigilance", "ODV",
      "Senator", "Jane", "Doe", "Mme", "Claire", "Dupont", "MP", "M.", "U.S.", "the", "and", ",", ".", " ", " ",
      "\n", "\n\n", "linked to", "targeted", "was warned by", "sanctioned", "summoned", "not", "n'a pas",
      "a vis\xC3\xA9", "le groupe", "known as", "Quartz Heron", "the group", "director of", "\xC2\xAB",
      "\xC2\xBB", "\"", "l\xE2\x80\x99", "-", "\xFF", "\xC2\xA0", "\xF0\x9F\x98\x80", "e\xCC\x81"};
  std::mt19937 rng(4242);
  const Extractor& ex = FixtureExtractor();
  for (int iter = 0; iter < 400; ++iter) {
    std::string text;
    std::size_t len = rng() % 40;
    for (std::size_t k = 0; k < len; ++k) {
      text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
      if (rng() % 3 == 0) text += ' ';
    }
    CAPTURE(iter);
    Document doc;
    CHECK_NOTHROW(doc = ex.Extract(text));
    CheckInvariants(doc);
  }
}

TEST_CASE("api: a document over max_document_bytes gets a warning and no entities") {
  Config cfg;
  cfg.max_document_bytes = 16;
  auto ex = gazette_test::BuildOrFail(cfg);
  std::string text = "APT31 targeted France on Monday.";
  Document doc = ex->Extract(text, "big");
  CHECK(doc.entities.empty());
  CHECK(doc.relations.empty());
  CHECK(doc.id == "big");
  CHECK(doc.text == text);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].find("max_document_bytes") != std::string::npos);
  CHECK(ex->Extract("APT31 struck.").entities.size() == 1);  // 13 bytes: under the limit
}

TEST_CASE("api: entity code-point offsets equal the entity text, on every kind of text") {
  const Extractor& ex = FixtureExtractor();
  struct Case {
    const char* name;
    std::string text;
    std::string entity;
    std::size_t chars_begin;
  };
  const Case cases[] = {
      {"ASCII", "Yesterday APT31 targeted France.", "France", 25},
      {"accented", "L'\xC3\xA9quipe \xC3\xA0 Lyon a vu APT31 viser la Belgique.", "Belgique", 36},
      {"emoji", "\xF0\x9F\x94\xA5\xF0\x9F\x94\xA5 APT31 hit Russia \xF0\x9F\x98\x80.", "Russia", 13},
      {"NBSP", "APT31\xC2\xA0" "cible\xC2\xA0la\xE2\x80\xAF" "France\xC2\xA0!", "France", 15},
      {"decomposed accent", "Cre\xCC\x81" "dit: APT31 and Iran.", "Iran", 19},
      {"invalid byte", "\xFF\xFF APT31 and Iran.", "Iran", 13},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Document doc = ex.Extract(c.text);
    CheckInvariants(doc);
    const Entity* e = gazette_test::FindEntity(doc, c.entity);
    REQUIRE(e != nullptr);
    CHECK(e->chars.begin == c.chars_begin);
    CHECK(e->chars.end == c.chars_begin + DecodeUtf8(c.entity).cps.size());
  }
}

TEST_CASE("api: ToJson gives the documented fields, ids e1.. and r1.., and the schema version") {
  Document doc = FixtureExtractor().Extract("APT31 targeted Helix Bank in \xC3\x89tats-Unis. French officials spoke.", "doc-7");
  INFO(Describe(doc));
  nlohmann::json j = ToJson(doc);
  CHECK(j["schema_version"] == kSchemaVersion);
  CHECK(std::string(kSchemaVersion) == "1.0");
  CHECK(j["id"] == "doc-7");
  CHECK(j["lang"] == "en");
  REQUIRE(j["entities"].size() == doc.entities.size());
  REQUIRE(doc.entities.size() >= 3);
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const nlohmann::json& e = j["entities"][i];
    CHECK(e["id"] == "e" + std::to_string(i + 1));
    CHECK(e["type"] == doc.entities[i].type);
    CHECK(e["text"] == doc.entities[i].text);
    CHECK(e["start"] == doc.entities[i].chars.begin);
    CHECK(e["end"] == doc.entities[i].chars.end);
    CHECK(e["byte_start"] == doc.entities[i].bytes.begin);
    CHECK(e["byte_end"] == doc.entities[i].bytes.end);
    CHECK(e["canonical"] == doc.entities[i].canonical);
    CHECK(e["canonical_id"] == doc.entities[i].canonical_id);
    CHECK(e["source"] == doc.entities[i].source);
    CHECK(e.contains("alias") == !doc.entities[i].alias.empty());
    CHECK(e.contains("demonym") == doc.entities[i].demonym);
  }
  // "États-Unis": é is one code point but two bytes, so start and byte_start differ after it.
  const nlohmann::json& last = j["entities"].back();
  CHECK(last["text"] == "French");
  CHECK(last["byte_start"].get<std::size_t>() == last["start"].get<std::size_t>() + 1);
  CHECK(last["demonym"] == true);
  REQUIRE(j["relations"].size() == doc.relations.size());
  REQUIRE_FALSE(doc.relations.empty());
  for (std::size_t i = 0; i < doc.relations.size(); ++i) {
    const nlohmann::json& r = j["relations"][i];
    CHECK(r["id"] == "r" + std::to_string(i + 1));
    CHECK(r["type"] == doc.relations[i].type);
    CHECK(r["head"] == "e" + std::to_string(doc.relations[i].head + 1));
    CHECK(r["tail"] == "e" + std::to_string(doc.relations[i].tail + 1));
    CHECK(r["rule"] == doc.relations[i].rule);
    CHECK(r["trigger"]["text"] == Slice(doc.text, doc.relations[i].trigger_bytes));
    CHECK(r["trigger"]["byte_start"] == doc.relations[i].trigger_bytes.begin);
    CHECK(r["trigger"]["start"] == doc.relations[i].trigger_chars.begin);
    CHECK(r["sentence"]["byte_end"] == doc.relations[i].sentence_bytes.end);
    CHECK(r["confidence"] == doc.relations[i].confidence);
  }
  // Facts group relations by type, head id and tail id.
  REQUIRE(j["facts"].is_array());
  std::size_t cited = 0;
  for (const nlohmann::json& f : j["facts"]) {
    CHECK(f.contains("type"));
    CHECK(f.contains("head_id"));
    CHECK(f.contains("tail_id"));
    cited += f["relations"].size();
  }
  CHECK(cited == doc.relations.size());
  CHECK(j["warnings"].is_array());
}

TEST_CASE("api: ToJson replaces invalid UTF-8 in every string it copies") {
  Document doc = FixtureExtractor().Extract("Iran\xFF and \xC3 France.", "id\xFE");
  nlohmann::json j = ToJson(doc);
  std::string s;
  CHECK_NOTHROW(s = j.dump());
  CHECK(IsValidUtf8(s));
  CHECK(j["id"] == "id\xEF\xBF\xBD");
  REQUIRE_FALSE(j["warnings"].empty());
}

TEST_CASE("api: DumpTokens lists sentences and tokens") {
  std::string dump = FixtureExtractor().DumpTokens("CERT-FR warned. Next line\xFF");
  CHECK(dump.find("sentence 1") != std::string::npos);
  CHECK(dump.find("sentence 2") != std::string::npos);
  CHECK(dump.find("\"CERT\"") != std::string::npos);
  CHECK(dump.find("compound-hyphen") != std::string::npos);
  CHECK(IsValidUtf8(dump));
}

TEST_CASE("api: one extractor shared by 8 threads gives the single-threaded results") {
  const Extractor& ex = FixtureExtractor();
  const std::vector<std::string> templates = {
      "APT31 targeted Helix Bank on day %d. The group is linked to China.",
      "Le groupe APT28, soutenu par la Russie, a vis\xC3\xA9 la France (jour %d).",
      "Senator Jane Doe said the UK and the US sanctioned APT31 in %d. Doe spoke again.",
      "The Office for Digital Vigilance (ODV) warned NATO about UNC%d. ODV said more.",
      "Mme Claire Dupont (France)\nMarc Olivier, director of the NCSC, spoke %d times.",
      "Invalid \xFF bytes and emoji \xF0\x9F\x98\x80 near Iran, %d.",
  };
  std::vector<std::string> docs;
  for (int i = 0; i < 200; ++i) {
    std::string t = templates[static_cast<std::size_t>(i) % templates.size()];
    std::size_t p = t.find("%d");
    t.replace(p, 2, std::to_string(1000 + i));
    docs.push_back(t);
  }
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < docs.size(); ++i) expected.push_back(ToJson(ex.Extract(docs[i], std::to_string(i))).dump());
  constexpr std::size_t kThreads = 8;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < kThreads; ++t) {
    pool.emplace_back([&, t]() {
      for (std::size_t k = 0; k < docs.size(); ++k) {
        std::size_t i = (k + t * 25) % docs.size();  // each thread in another order
        got[t].push_back(std::to_string(i) + "\n" + ToJson(ex.Extract(docs[i], std::to_string(i))).dump());
      }
    });
  }
  for (std::thread& th : pool) th.join();
  for (std::size_t t = 0; t < kThreads; ++t) {
    REQUIRE(got[t].size() == docs.size());
    for (const std::string& g : got[t]) {
      std::size_t nl = g.find('\n');
      std::size_t i = std::stoul(g.substr(0, nl));
      CHECK(g.substr(nl + 1) == expected[i]);
    }
  }
}

// Everything a Document holds, for comparing a reused Document with a fresh one.
std::string Everything(const Document& doc) {
  std::string s = doc.id + "\n" + doc.text + "\n" + doc.lang + "\n" + ToJsonString(doc) + "\n";
  for (const Sentence& st : doc.sentences)
    s += std::to_string(st.bytes.begin) + "," + std::to_string(st.bytes.end) + "," + std::to_string(st.chars.begin) + "," +
         std::to_string(st.chars.end) + ";";
  return s;
}

TEST_CASE("api: ExtractInto one reused Document gives what a fresh Extract gives, text after text") {
  const Extractor& ex = FixtureExtractor();
  const std::vector<std::string> texts = {
      // Long and rich first, so later, shorter documents find stale entities, relations and strings.
      "Senator Jane Doe said the UK and the US sanctioned APT31. The group is linked to China. "
      "The Office for Digital Vigilance (ODV) warned NATO. Marc Olivier, director of the NCSC, spoke.",
      "APT31 struck.",
      "",
      "Le groupe APT28, soutenu par la Russie, a vis\xC3\xA9 la France. Le gouvernement a convoqu\xC3\xA9 l'ambassadeur.",
      "Invalid \xFF bytes and emoji \xF0\x9F\x98\x80 near Iran.",
      "no entities at all here",
      "APT31 targeted Helix Bank. The group is linked to China.",
  };
  Document reused;
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      CAPTURE(i);
      const std::string id = "doc-" + std::to_string(i);
      ex.ExtractInto(texts[i], id, &reused);
      CHECK(Everything(reused) == Everything(ex.Extract(texts[i], id)));
    }
  }
  SUBCASE("the text may be the reused Document's own text") {
    ex.ExtractInto(texts[0], "a", &reused);
    ex.ExtractInto(reused.text, "a", &reused);
    CHECK(Everything(reused) == Everything(ex.Extract(texts[0], "a")));
  }
  SUBCASE("a document over max_document_bytes leaves nothing of the previous one") {
    Config cfg;
    cfg.max_document_bytes = 40;
    auto small = gazette_test::BuildOrFail(cfg);
    small->ExtractInto("APT31 struck France.", "x", &reused);
    REQUIRE(!reused.entities.empty());
    const std::string big = "APT31 targeted France on Monday and Tuesday.";
    small->ExtractInto(big, "y", &reused);
    CHECK(reused.entities.empty());
    CHECK(reused.relations.empty());
    CHECK(Everything(reused) == Everything(small->Extract(big, "y")));
  }
}

}  // namespace
}  // namespace gazette
