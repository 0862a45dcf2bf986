// ToJsonString must give exactly the bytes of ToJson(doc).dump(): the CLI streams with the former,
// the library documents the latter.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "gazette/gazette.h"

namespace {

const gazette::Extractor& Bundled() {
  static const std::shared_ptr<const gazette::Extractor> ex = gazette::Extractor::Build(gazette::Config{}).extractor;
  return *ex;
}

void CheckSame(const gazette::Document& doc) {
  INFO("text: " << gazette::SanitizeUtf8(doc.text));
  CHECK(gazette::ToJsonString(doc) == gazette::ToJson(doc).dump());
}

}  // namespace

TEST_CASE("json writer: byte-identical to nlohmann on news text with entities and relations") {
  const char* texts[] = {
      "The Chinese government-backed hacking group APT31 was targeting France, the ANSSI said.",
      "Samuel Cogolati, warned in 2023 by the Center for Cybersecurity Belgium (CCB), said \"no\".",
      "La R\xC3\xA9publique tch\xC3\xA8que a accus\xC3\xA9 la Chine. Le gouvernement tch\xC3\xA8que a convoqu\xC3\xA9 l'ambassadeur.",
      "",
      "Tabs\tand\nnewlines\r\nand \x01 control \x1F bytes, quotes \" and backslashes \\ near APT28.",
      "Invalid \xFF\xFE bytes beside Sandworm \xF0\x9F\x98\x80 emoji and \xC2\xA0NBSP Guillaume\xC2\xA0Poupard.",
      "The UK and the US sanctioned APT31. The FBI notified French authorities.",
  };
  for (const char* t : texts) CheckSame(Bundled().Extract(t, "doc-\"1\""));
}

TEST_CASE("json writer: byte-identical on seeded random documents, warnings and odd ids included") {
  std::mt19937 rng(20261123);
  const std::string pieces[] = {"APT31 ", "France ", "targeted ", "the ", "\"", "\\", "\n", "\t", "\xC3\xA9", "\xFF",
                                "China's ", "(CCB) ", "Senator Jane Doe ", "MP (Ireland)\n", "warned ", "by ", ". "};
  for (int doc = 0; doc < 200; ++doc) {
    std::string text;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    gazette::Document d = Bundled().Extract(text, std::string("id\x01") + std::to_string(doc));
    d.warnings.push_back("extra \"warning\" \x02");
    CheckSame(d);
  }
}

TEST_CASE("json writer: escapes next to invalid or truncated UTF-8 give nlohmann's bytes") {
  // Each string goes through every field the writer sanitizes; an escape right before or after an
  // invalid byte checks that the run, the escape and the U+FFFD are written in order.
  const std::string odd[] = {
      "a\"\xFF",        "\\\xC3",           "\n\xE2\x82",       "\xFF\"",         "\x01\xFE\x02",
      "\xC3\xA9\t\xC3", "\xEF\xBF\xBD\xFF", "\xF0\x9F\x98\x80\\", "x\xED\xA0\x80y", "\"\"\xC0\xAF\\\\",
  };
  std::vector<std::string> strings;
  for (std::size_t pad = 0; pad < 18; ++pad)  // plain bytes are skipped eight at a time: every alignment
    for (const std::string& o : odd) strings.push_back(std::string(pad, 'p') + o + std::string(pad % 9, 'q'));
  for (const std::string& s : strings) {
    CAPTURE(gazette::SanitizeUtf8(s));
    gazette::Document d;
    d.id = s;
    d.text = "APT31 " + s;
    d.lang = "en";
    gazette::Entity e;
    e.type = "GROUP";
    e.text = "APT31";
    e.bytes = {0, 5};
    e.chars = {0, 5};
    e.canonical = s;
    e.canonical_id = "group:" + s;
    e.source = s + "source";
    d.entities.push_back(e);
    d.warnings.push_back(s);
    CheckSame(d);
  }
}

TEST_CASE("json writer: AppendJson appends after what the buffer holds and reuses it") {
  const gazette::Document big = Bundled().Extract(
      "The UK and the US sanctioned APT31. The FBI notified French authorities. APT28 targeted Germany.", "big");
  const gazette::Document small = Bundled().Extract("APT31.", "small");
  std::string out = "prefix\n";
  gazette::AppendJson(big, &out);
  CHECK(out == "prefix\n" + gazette::ToJsonString(big));
  out.clear();
  gazette::AppendJson(small, &out);  // shorter than what the buffer held: nothing of it stays
  CHECK(out == gazette::ToJsonString(small));
  out.clear();
  gazette::AppendJson(big, &out);
  CHECK(out == gazette::ToJson(big).dump());
}

TEST_CASE("json writer: every confidence in hundredths, and others, prints as nlohmann prints it") {
  gazette::Document d;
  d.text = "APT31 France";
  d.lang = "en";
  for (const char* name : {"APT31", "France"}) {
    gazette::Entity e;
    e.type = "GROUP";
    e.text = name;
    e.canonical = name;
    e.canonical_id = std::string("group:") + name;
    d.entities.push_back(e);
  }
  std::vector<double> values = {0.0, -0.0, 1.0, 0.123, 1.5, 2.0, 1e-7, 0.3333333333333333, 0.1 + 0.2, 0.995, 0.005};
  for (int k = 0; k <= 100; ++k) values.push_back(k / 100.0);
  for (double v : values) {
    gazette::Relation r;
    r.type = "targeted";
    r.tail = 1;
    r.rule = "test";
    r.confidence = v;
    d.relations.push_back(r);
  }
  CheckSame(d);
}
