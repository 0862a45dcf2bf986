// The bundled gazetteers and rules, compiled into the library by cmake/embed_files.cc.
#ifndef GAZETTE_SRC_EMBEDDED_DATA_H_
#define GAZETTE_SRC_EMBEDDED_DATA_H_

#include <cstddef>

namespace gazette {

struct EmbeddedFile {
  const char* path;  ///< relative to the source tree's gazetteers/ ("groups.tsv", "rules/entity_rules.json")
  const char* data;
  std::size_t size;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace gazette

#endif  // GAZETTE_SRC_EMBEDDED_DATA_H_
