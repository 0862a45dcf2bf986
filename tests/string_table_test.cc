// Tests of src/string_table.h: the flat hash tables behind the rule word lists and the gazetteer
// vocabulary, and the bit filter that rejects absent keys before probing.
#include <doctest/doctest.h>

#include <string>

#include "string_table.h"

namespace gazette {
namespace {

TEST_CASE("string table: every inserted key is found across growth, absent keys are not") {
  StringMap<int> map;
  for (int i = 0; i < 5000; ++i) CHECK(map.emplace("key" + std::to_string(i), i).second);
  CHECK(map.size() == 5000);
  for (int i = 0; i < 5000; ++i) {
    const std::string key = "key" + std::to_string(i);
    auto it = map.find(key);
    REQUIRE(it != map.end());
    CHECK(it->second == i);
    CHECK(map.find(key, HashBytes(key)) == it);  // with the hash a token carries
  }
  for (int i = 5000; i < 20000; ++i) CHECK(map.find("key" + std::to_string(i)) == map.end());
  CHECK(map.find("") == map.end());
  CHECK_FALSE(map.emplace("key7", 0).second);  // already there: the value stays
  CHECK(map.at("key7") == 7);
}

TEST_CASE("string table: an empty or cleared map finds nothing, and fills again") {
  StringMap<int> map;
  CHECK(map.find("anything") == map.end());
  CHECK(map.find("") == map.end());
  map["a"] = 1;
  map["b"] = 2;
  map.clear();
  CHECK(map.empty());
  CHECK(map.find("a") == map.end());
  map["a"] = 3;
  REQUIRE(map.find("a") != map.end());
  CHECK(map.at("a") == 3);
  CHECK(map.find("b") == map.end());
}

TEST_CASE("string table: sets find UTF-8, empty and long keys; reserve keeps them") {
  StringSet set;
  set.reserve(100);
  for (const char* w : {"", "de", "ministère", "北京", "a-very-long-key-of-more-than-sixteen-bytes"}) set.insert(w);
  for (const char* w : {"", "de", "ministère", "北京", "a-very-long-key-of-more-than-sixteen-bytes"}) {
    CHECK(set.contains(w));
    CHECK(set.contains(w, HashBytes(w)));
  }
  CHECK_FALSE(set.contains("ministere"));
  CHECK_FALSE(set.contains("d"));
  CHECK(set.count("de") == 1);
}

}  // namespace
}  // namespace gazette
