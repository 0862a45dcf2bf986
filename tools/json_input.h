// Reading JSON files with errors that name the file, line and column, and safe accessors
// for documents whose shape is not trusted.
#ifndef GAZETTE_TOOLS_JSON_INPUT_H_
#define GAZETTE_TOOLS_JSON_INPUT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diagnostics.h"

namespace gazette::import {

/// A parsed input file. `path` is used in messages as given.
struct JsonDocument {
  std::string path;
  nlohmann::json root;
};

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
};

/// Line and column of the byte at 0-based `offset` in `text` (clamped to the end).
LineColumn LineColumnAt(std::string_view text, std::size_t offset);

/// Reads a whole file. On failure adds an error naming `path` and returns false.
bool ReadTextFile(const std::string& path, std::string* text, Diagnostics* diag);

/// Deepest nesting of arrays and objects accepted; MISP and STIX files use under 10.
inline constexpr std::size_t kMaxJsonDepth = 512;

/// Parses `text`; a syntax error, or nesting deeper than kMaxJsonDepth, becomes one error
/// `path:line:column: invalid JSON: ...`.
std::optional<JsonDocument> ParseJson(const std::string& path, std::string_view text,
                                      Diagnostics* diag);
/// ReadTextFile + ParseJson.
std::optional<JsonDocument> ReadJsonFile(const std::string& path, Diagnostics* diag);

/// The member `key` of `value`, or null when `value` is not an object or has no such key.
const nlohmann::json* Member(const nlohmann::json& value, std::string_view key);
/// The member `key` when it is a string.
std::optional<std::string> StringMember(const nlohmann::json& value, std::string_view key);
/// Name of the JSON type, for messages ("array", "number", ...).
std::string TypeName(const nlohmann::json& value);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_JSON_INPUT_H_
