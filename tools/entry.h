// An entry of our TSV gazetteer (gazetteers/README.md) as the importers build it.
#ifndef GAZETTE_TOOLS_ENTRY_H_
#define GAZETTE_TOOLS_ENTRY_H_

#include <string>
#include <vector>

namespace gazette::import {

/// One alias with its flags, written `name{flag,flag}`.
struct Alias {
  std::string name;
  std::vector<std::string> flags;  // e.g. "cap"; written in this order
};

/// One `key=value` attribute.
struct Attribute {
  std::string key;
  std::string value;
};

/// One line of the TSV: id, type, canonical, aliases, attributes.
struct Entry {
  std::string id;         // "group:apt31"
  std::string type;       // "GROUP"
  std::string canonical;  // display name, matched like a first alias
  std::vector<Alias> aliases;
  std::vector<Attribute> attributes;
  // Canonical names of source values merged into this entry (an intrusion set "Andariel"
  // merged into "Silent Chollima"): such an entry owns a name shared with other entries
  // before id order decides (ResolveDuplicateAliases).
  std::vector<std::string> merged_canonicals;
  std::string origin;  // where it came from, for messages: "threat-actor.json /values/12"
};

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_ENTRY_H_
