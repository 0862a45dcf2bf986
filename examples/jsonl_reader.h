// Reading the JSON Lines input of gazette-extract: lines, and records {"id": ..., "text": ..., other fields}.
#ifndef GAZETTE_EXAMPLES_JSONL_READER_H_
#define GAZETTE_EXAMPLES_JSONL_READER_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gazette_cli {

struct JsonlRecord {
  std::string id;        // the "id" field (non-strings as their JSON text), else `default_id`
  std::string text;      // the "text" field
  nlohmann::json extra;  // every field but "text", copied to the output
  std::string warning;   // e.g. invalid UTF-8 replaced
};

/// Splits a stdio stream into lines, as std::getline does (the last line may lack its '\n'), but
/// hands each out as a view into its own buffer: no copy per line. A line longer than the buffer
/// grows it. The caller owns `file` and closes it.
class LineReader {
 public:
  explicit LineReader(std::FILE* file, std::size_t buffer_bytes = std::size_t{1} << 20);
  /// The next line without its '\n', valid until the next call; false at the end of the input or
  /// on a read error (then `error()` is true).
  bool Next(std::string_view* line);
  bool error() const { return error_; }

 private:
  std::FILE* file_;
  std::vector<char> buf_;
  std::size_t begin_ = 0;    // start of the unread bytes in buf_
  std::size_t scanned_ = 0;  // buf_[begin_, scanned_) holds no '\n'
  std::size_t end_ = 0;      // end of the bytes read into buf_
  bool eof_ = false;
  bool error_ = false;
};

enum class JsonlLine { kDocument, kBlank, kError };

/// Parses one line (without its newline). Never throws: a line that is not a JSON object, or lacks a
/// string "text", gives kError with `error` set; blank lines give kBlank; invalid UTF-8 is replaced
/// by U+FFFD with a warning.
/// `out` may be reused from line to line: its strings keep their capacity.
JsonlLine ParseJsonlLine(std::string_view line, const std::string& default_id, JsonlRecord* out, std::string* error);

/// The same through nlohmann::json only, without the direct parser for {"id", "text"} records that
/// ParseJsonlLine tries first; both give the same result (tests and the fuzzer compare them).
JsonlLine ParseJsonlLineGeneral(std::string_view line, const std::string& default_id, JsonlRecord* out, std::string* error);

}  // namespace gazette_cli

#endif  // GAZETTE_EXAMPLES_JSONL_READER_H_
