// ToJsonString must give exactly the bytes of ToJson(doc).dump(): the CLI streams with the former,
// the library documents the latter.
#include <doctest/doctest.h>

#include <random>
#include <string>

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
