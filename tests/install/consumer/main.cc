// Builds the default extractor from an installed Gazette and prints what it finds, one
// "TYPE<TAB>text<TAB>canonical_id" line per entity. Exit 1 when Build fails or nothing is found.
#include <iostream>

#include "gazette/gazette.h"

int main() {
  gazette::BuildResult built = gazette::Extractor::Build(gazette::Config{});
  if (!built.ok()) {
    for (const gazette::Error& e : built.errors) std::cerr << e << '\n';
    return 1;
  }
  gazette::Document doc = built.extractor->Extract("APT31 targeted France.");
  for (const gazette::Entity& e : doc.entities) std::cout << e.type << '\t' << e.text << '\t' << e.canonical_id << '\n';
  std::cout << "schema " << gazette::kSchemaVersion << " version " << GAZETTE_VERSION_STRING << '\n';
  return doc.entities.empty() ? 1 : 0;
}
