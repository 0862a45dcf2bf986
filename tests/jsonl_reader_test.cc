// Tests of examples/jsonl_reader.cc, the CLI's JSON Lines record reader: the direct parser for
// {"id", "text"} records and the general nlohmann path give the same records, and every other line
// (more fields, malformed JSON, escapes the direct parser declines) still reads as before.
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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

// The lines std::getline gives for `content`.
std::vector<std::string> GetlineLines(const std::string& content) {
  std::istringstream in(content);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> LineReaderLines(const std::string& content, std::size_t buffer_bytes) {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  REQUIRE(std::fwrite(content.data(), 1, content.size(), f) == content.size());
  std::rewind(f);
  LineReader reader(f, buffer_bytes);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(&line)) lines.emplace_back(line);
  CHECK(!reader.error());
  std::fclose(f);
  return lines;
}

TEST_CASE("jsonl reader: LineReader gives std::getline's lines, whatever the buffer size") {
  const std::string long_line(100, 'x');
  for (const std::string& content : {std::string(""), std::string("\n"), std::string("a"), std::string("a\n"),
                                     std::string("a\nb"), std::string("\n\nmiddle\n\n"), std::string("cr\r\nlf\n"),
                                     std::string("nul\0byte\n", 9) + "after", "short\n" + long_line + "\nend",
                                     long_line + "\n" + long_line + "\n" + long_line}) {
    CAPTURE(content);
    for (std::size_t buffer : {std::size_t{16}, std::size_t{17}, std::size_t{64}, std::size_t{1024}}) {
      CAPTURE(buffer);
      CHECK(LineReaderLines(content, buffer) == GetlineLines(content));
    }
  }
}

TEST_CASE("jsonl reader: a record reused line after line reads as a fresh one") {
  JsonlRecord reused;
  std::string error;
  for (const char* line : {R"({"id": "a", "text": "a long first text with an id"})", R"({"text": "b"})",
                           R"({"id": "x", "text": "unterminated)", R"({"id": 7, "text": "numeric", "source": "s"})",
                           R"({"id": "c", "text": "c"})"}) {
    CAPTURE(line);
    JsonlRecord fresh;
    std::string fresh_error;
    const JsonlLine got = ParseJsonlLine(line, "f:2", &reused, &error);
    REQUIRE(static_cast<int>(got) == static_cast<int>(ParseJsonlLine(line, "f:2", &fresh, &fresh_error)));
    if (got != JsonlLine::kDocument) continue;
    CHECK(reused.id == fresh.id);
    CHECK(reused.text == fresh.text);
    CHECK(reused.extra == fresh.extra);
    CHECK(reused.warning == fresh.warning);
  }
}

}  // namespace
}  // namespace gazette_cli
