// Fuzzes the CLI's JSON Lines record reader: any bytes give a document, a blank line or an error
// message, never a crash or an exception; a document's text and id are valid UTF-8; the direct
// parser for {"id", "text"} records agrees with the general nlohmann path.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "gazette/json.h"
#include "jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  gazette_cli::JsonlRecord record;
  std::string error;
  if (gazette_cli::ParseJsonlLine(line, "fuzz:1", &record, &error) == gazette_cli::JsonlLine::kDocument) {
    if (gazette::SanitizeUtf8(record.text) != record.text || gazette::SanitizeUtf8(record.id) != record.id) std::abort();
    (void)record.extra.dump();
    gazette_cli::JsonlRecord general;
    std::string general_error;
    if (gazette_cli::ParseJsonlLineGeneral(line, "fuzz:1", &general, &general_error) != gazette_cli::JsonlLine::kDocument ||
        general.id != record.id || general.text != record.text || general.extra != record.extra ||
        general.warning != record.warning)
      std::abort();
  }
  return 0;
}
