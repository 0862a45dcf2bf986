// JSON views of a Document: Gazette's own format (docs/json-output.md).
#ifndef GAZETTE_JSON_H_
#define GAZETTE_JSON_H_

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "gazette/document.h"

namespace gazette {

/// Version of the JSON document format; bumped on any incompatible change (docs/json-output.md).
inline constexpr const char* kSchemaVersion = "1.0";

/// The document as Gazette's JSON object: id, lang, entities (e1, e2, ...), relations (r1, ...),
/// facts (relations grouped by type, head and tail), warnings. Invalid UTF-8 in the text is
/// replaced by U+FFFD in string values, so the result always serializes.
nlohmann::json ToJson(const Document& doc);

/// The same bytes as `ToJson(doc).dump()` (compact, keys sorted), written directly without building
/// a JSON tree: several times faster, for streaming output.
std::string ToJsonString(const Document& doc);

/// Appends the bytes of `ToJsonString(doc)` to `*out`, keeping what it holds. Reusing one buffer
/// (clear() between documents) keeps its capacity, so a warm buffer writes without allocating:
///
///   std::string line;
///   for (const gazette::Document& d : docs) { line.clear(); gazette::AppendJson(d, &line); Emit(line); }
void AppendJson(const Document& doc, std::string* out);

/// `text` with every byte that is not valid UTF-8 replaced by U+FFFD (valid text is returned as is).
std::string SanitizeUtf8(std::string_view text);

/// True when `text` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace gazette

#endif  // GAZETTE_JSON_H_
