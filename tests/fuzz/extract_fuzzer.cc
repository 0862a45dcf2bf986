// Fuzzes Extractor::Extract with the bundled data on arbitrary bytes: it must never crash, hang,
// throw, or break the span invariants (every entity's byte span slices to its text).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "gazette/gazette.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const gazette::Extractor> extractor = [] {
    gazette::BuildResult r = gazette::Extractor::Build(gazette::Config{});
    if (!r.ok()) std::abort();
    return r.extractor;
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gazette::Document doc = extractor->Extract(text, "fuzz");
  for (const gazette::Entity& e : doc.entities) {
    if (e.bytes.end > text.size() || e.bytes.begin >= e.bytes.end) std::abort();
    if (text.substr(e.bytes.begin, e.bytes.end - e.bytes.begin) != e.text) std::abort();
    if (e.chars.begin >= e.chars.end) std::abort();
  }
  for (const gazette::Relation& r : doc.relations)
    if (r.head >= doc.entities.size() || r.tail >= doc.entities.size()) std::abort();
  (void)gazette::ToJson(doc).dump();
  return 0;
}
