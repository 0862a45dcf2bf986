// Input files are untrusted: a hand-edited cluster may be truncated or hold a number where
// a string belongs. Parsing errors are turned into one diagnostic with the line and column
// computed from nlohmann's byte position (counted in code points, as editors show them),
// and the importers read members only through Member/StringMember, which return nothing
// instead of throwing or asserting when the shape is wrong.

#include "json_input.h"

#include <fstream>
#include <sstream>

#include "text_fold.h"

namespace gazette::import {

LineColumn LineColumnAt(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  LineColumn lc;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = 1 + static_cast<int>(CodePointCount(text.substr(line_start, offset - line_start)));
  return lc;
}

bool ReadTextFile(const std::string& path, std::string* text, Diagnostics* diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diag->Error(path, "cannot open file");
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    diag->Error(path, "cannot read file");
    return false;
  }
  *text = buf.str();
  return true;
}

namespace {

// Offset of the first bracket nested deeper than kMaxJsonDepth (outside strings), or npos.
// nlohmann's parser is iterative but copying and printing a value recurse, so a hostile
// "[[[[..." of a million levels is refused before it is parsed.
std::size_t TooDeep(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<JsonDocument> ParseJson(const std::string& path, std::string_view text,
                                      Diagnostics* diag) {
  if (const std::size_t deep = TooDeep(text); deep != std::string_view::npos) {
    const LineColumn lc = LineColumnAt(text, deep);
    diag->Error(path, "invalid JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                lc.line, lc.column);
    return std::nullopt;
  }
  try {
    return JsonDocument{path, nlohmann::json::parse(text.begin(), text.end())};
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is the 1-based position of the last byte read, i.e. the offending one.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    const LineColumn lc = LineColumnAt(text, offset);
    // Drop nlohmann's own "[json.exception.parse_error.101] parse error at line 1, column 2: ".
    std::string message = e.what();
    const std::size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    diag->Error(path, "invalid JSON: " + message, lc.line, lc.column);
  } catch (const std::exception& e) {
    diag->Error(path, std::string("invalid JSON: ") + e.what());
  }
  return std::nullopt;
}

std::optional<JsonDocument> ReadJsonFile(const std::string& path, Diagnostics* diag) {
  std::string text;
  if (!ReadTextFile(path, &text, diag)) return std::nullopt;
  return ParseJson(path, text, diag);
}

const nlohmann::json* Member(const nlohmann::json& value, std::string_view key) {
  if (!value.is_object()) return nullptr;
  const auto it = value.find(std::string(key));
  return it == value.end() ? nullptr : &*it;
}

std::optional<std::string> StringMember(const nlohmann::json& value, std::string_view key) {
  const nlohmann::json* m = Member(value, key);
  if (m == nullptr || !m->is_string()) return std::nullopt;
  return m->get<std::string>();
}

std::string TypeName(const nlohmann::json& value) { return value.type_name(); }

}  // namespace gazette::import
