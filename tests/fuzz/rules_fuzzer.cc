// Fuzzes the JSON rule loader (entity and relation rules): errors, never a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  gazette::EntityRules entity;
  gazette::RelationRules relation;
  std::vector<gazette::Error> errors;
  gazette::LoadRuleJson(content, "fuzz.json", &entity, &relation, &errors);
  gazette::IndexEntityRules(&entity);
  gazette::IndexRelationRules(&relation);
  return 0;
}
