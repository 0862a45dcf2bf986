// Canonical ids: `prefix:slug`, unique within a run.
#ifndef GAZETTE_TOOLS_ENTRY_ID_H_
#define GAZETTE_TOOLS_ENTRY_ID_H_

#include <set>
#include <string>
#include <string_view>

#include "diagnostics.h"

namespace gazette::import {

/// The usual id prefix of a type: GROUP -> "group", ORGANIZATION -> "org", AGENCY ->
/// "agency", PERSON -> "person", COUNTRY -> "country", LOCATION -> "location", MALWARE ->
/// "malware"; another type -> its lower-cased name with '_' as '-'.
std::string DefaultIdPrefix(std::string_view type);
/// True for an entity type as the README allows: upper-case ASCII letters, digits, '_'.
bool IsValidType(std::string_view type);
/// True for an id prefix: lower-case ASCII letters, digits and '-', not empty.
bool IsValidIdPrefix(std::string_view prefix);

/// Hands out ids `prefix:slug`, adding "-2", "-3", ... when a slug is taken, in the order
/// of the calls (so the result is deterministic for a given input order).
class IdAllocator {
 public:
  /// `name` is slugified; when its slug is empty (a name in another script), `fallback`
  /// (already a slug, e.g. from a uuid) is used instead. A renamed id is reported.
  std::string Allocate(std::string_view prefix, std::string_view name, std::string_view fallback,
                       const std::string& where, Diagnostics* diag);
  /// Reserves an exact id; false when it is already taken.
  bool Reserve(const std::string& id);

 private:
  std::set<std::string> taken_;
};

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_ENTRY_ID_H_
