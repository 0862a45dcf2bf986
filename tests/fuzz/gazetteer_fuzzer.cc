// Fuzzes the gazetteer TSV loader and the trie compiler: any bytes give errors or a matcher, never
// a crash; a compiled matcher then runs over the same bytes as text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "gazetteer.h"
#include "gazetteer_data.h"
#include "match_units.h"
#include "tokenize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  gazette::Config config;
  gazette::GazetteerData loaded;
  std::vector<gazette::Error> errors;
  gazette::LoadGazetteerTsv(content, "fuzz.tsv", config, &loaded, &errors);
  gazette::Gazetteer g = gazette::Gazetteer::Compile(std::move(loaded), {}, config, &errors);
  gazette::TokenizedText text = gazette::Tokenize(content);
  std::vector<gazette::MatchUnit> units = gazette::MakeMatchUnits(text);
  std::vector<gazette::GazetteerHit> hits;
  g.Match(text, units, &hits);
  return 0;
}
