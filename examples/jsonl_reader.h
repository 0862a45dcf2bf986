// Reading one JSON Lines input record of gazette-extract: {"id": ..., "text": ..., other fields}.
#ifndef GAZETTE_EXAMPLES_JSONL_READER_H_
#define GAZETTE_EXAMPLES_JSONL_READER_H_

#include <string>

#include <nlohmann/json.hpp>

namespace gazette_cli {

struct JsonlRecord {
  std::string id;        // the "id" field (non-strings as their JSON text), else `default_id`
  std::string text;      // the "text" field
  nlohmann::json extra;  // every field but "text", copied to the output
  std::string warning;   // e.g. invalid UTF-8 replaced
};

enum class JsonlLine { kDocument, kBlank, kError };

/// Parses one line (without its newline). Never throws: a line that is not a JSON object, or lacks a
/// string "text", gives kError with `error` set; blank lines give kBlank; invalid UTF-8 is replaced
/// by U+FFFD with a warning.
JsonlLine ParseJsonlLine(std::string line, const std::string& default_id, JsonlRecord* out, std::string* error);

/// The same through nlohmann::json only, without the direct parser for {"id", "text"} records that
/// ParseJsonlLine tries first; both give the same result (tests and the fuzzer compare them).
JsonlLine ParseJsonlLineGeneral(std::string line, const std::string& default_id, JsonlRecord* out, std::string* error);

}  // namespace gazette_cli

#endif  // GAZETTE_EXAMPLES_JSONL_READER_H_
