// The smallest embedding of Gazette: build the default extractor, extract, print the entities.
#include <iostream>

#include "gazette/gazette.h"

int main() {
  gazette::BuildResult built = gazette::Extractor::Build(gazette::Config{});
  if (!built.ok()) {
    for (const gazette::Error& e : built.errors) std::cerr << e << '\n';
    return 1;
  }
  gazette::Document doc = built.extractor->Extract(
      "The Chinese government-backed hacking group APT31 was targeting France, the ANSSI said.");
  for (const gazette::Entity& e : doc.entities)
    std::cout << e.type << '\t' << e.text << '\t' << e.canonical_id << '\n';
  for (const gazette::Relation& r : doc.relations)
    std::cout << r.type << '\t' << doc.entities[r.head].text << " -> " << doc.entities[r.tail].text << '\n';
  return doc.entities.empty() ? 1 : 0;
}
