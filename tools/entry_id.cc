// Ids are the stable key of an entry (other files and user configs refer to them), so they
// derive from the canonical name only: the ASCII slug of the name under the type's prefix.
// Two names with the same slug ("APT-1" and "APT 1") get "-2" in input order, with a
// warning, rather than being silently merged.

#include "entry_id.h"

#include "text_fold.h"

namespace gazette::import {

std::string DefaultIdPrefix(std::string_view type) {
  if (type == "ORGANIZATION") return "org";
  std::string out;
  for (char c : type) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
    else if (c == '_') out.push_back('-');
    else out.push_back(c);
  }
  return out;
}

bool IsValidType(std::string_view type) {
  if (type.empty()) return false;
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool IsValidIdPrefix(std::string_view prefix) {
  if (prefix.empty()) return false;
  for (char c : prefix) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

std::string IdAllocator::Allocate(std::string_view prefix, std::string_view name,
                                  std::string_view fallback, const std::string& where,
                                  Diagnostics* diag) {
  std::string slug = Slugify(name);
  if (slug.empty()) slug = std::string(fallback);
  if (slug.empty()) slug = "unnamed";
  const std::string base = std::string(prefix) + ":" + slug;
  std::string id = base;
  for (int n = 2; !taken_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
  if (id != base) {
    diag->Warning(where, "id " + base + " is taken by another name; " + Quote(std::string(name)) +
                             " gets id " + id);
    diag->Tally("ids renamed: slug taken by another name");
  }
  return id;
}

bool IdAllocator::Reserve(const std::string& id) { return taken_.insert(id).second; }

}  // namespace gazette::import
