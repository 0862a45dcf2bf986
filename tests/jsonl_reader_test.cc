// Tests of examples/jsonl_reader.cc, the CLI's JSON Lines record reader: the direct parser for
// {"id", "text"} records and the general nlohmann path give the same records, and every other line
// (more fields, malformed JSON, escapes the direct parser declines) still reads as before.
#include <string>

#include "jsonl_reader.h"
#include "test_util.h"

namespace gazette_cli {
namespace {

void ExpectSameAsGeneral(const std::string& line) {
  CAPTURE(line);
  JsonlRecord fast, general;
  std::string fast_error, general_error;
  JsonlLine a = ParseJsonlLine(line, "f:1", &fast, &fast_error);
  JsonlLine b = ParseJsonlLineGeneral(line, "f:1", &general, &general_error);
  CHECK(static_cast<int>(a) == static_cast<int>(b));
  CHECK(fast.id == general.id);
  CHECK(fast.text == general.text);
  CHECK(fast.extra == general.extra);
  CHECK(fast.warning == general.warning);
  CHECK(fast_error == general_error);
}

TEST_CASE("jsonl reader: id/text records read directly match the general parser") {
  for (const char* line : {
           R"({"id": "d1", "text": "APT31 targeted France."})",
           R"({"text": "no id here"})",
           R"(  {"text":"x","id":"after"}  )",
           R"({"id": "q", "text": "quote \" backslash \\ slash \/ tab \t newline \n cr \r bf \b \f"})",
           R"({"id": "u", "text": "caf\u00e9 \u20ac \ud83d\ude00 \u0000 end"})",
           "{\"id\": \"utf8\", \"text\": \"Pékin et Bruxelles \xE2\x80\x99\"}\r",
       })
    ExpectSameAsGeneral(line);
}

TEST_CASE("jsonl reader: lines the direct parser declines take the general path unchanged") {
  for (const char* line : {
           R"({"id": 7, "text": "numeric id"})",
           R"({"id": "x", "text": "more", "source": "feed"})",
           R"({"id": "x", "id": "y", "text": "duplicate key"})",
           R"({"id": "x", "text": "lone \ud800 surrogate"})",
           R"({"id": "x", "text": "bad \x escape"})",
           R"({"id": "x", "text": "unterminated)",
           R"({"id": "x"})",
           R"(["not", "an", "object"])",
           R"({"id": "x", "text": "trailing"} garbage)",
           "{\"id\": \"x\", \"text\": \"raw\ttab\"}",
           "{\"id\": \"x\", \"text\": \"invalid \xC3 utf8\"}",
           "   ",
       })
    ExpectSameAsGeneral(line);
}

TEST_CASE("jsonl reader: a record without id takes the default id") {
  JsonlRecord r;
  std::string error;
  REQUIRE(ParseJsonlLine(R"({"text": "hello"})", "file:3", &r, &error) == JsonlLine::kDocument);
  CHECK(r.id == "file:3");
  CHECK(r.text == "hello");
  CHECK(r.extra.empty());
}

}  // namespace
}  // namespace gazette_cli
