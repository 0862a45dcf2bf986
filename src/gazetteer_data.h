// Gazetteer entries as loaded from TSV files, before compilation into a matcher.
#ifndef GAZETTE_SRC_GAZETTEER_DATA_H_
#define GAZETTE_SRC_GAZETTEER_DATA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "string_table.h"

#include "gazette/config.h"
#include "gazette/error.h"

namespace gazette {

/// Alias flag bits (gazetteers/README.md).
enum AliasFlag : uint16_t {
  kAliasCaseSensitive = 1 << 0,   ///< {cs}
  kAliasCaseInsensitive = 1 << 1, ///< {ci}
  kAliasCapitalized = 1 << 2,     ///< {cap}
  kAliasDemonym = 1 << 3,         ///< {demonym}
  kAliasAmbiguous = 1 << 4,       ///< {ambiguous}
  kAliasDerived = 1 << 5,         ///< generated at compile time (short form of "X Group"), never an error
  kAliasCanonical = 1 << 6,       ///< the entry's canonical name
  kAliasInitialCap = 1 << 7,      ///< automatic: a proper name written with a capital needs one in the text
  kAliasLaterCap = 1 << 8,        ///< automatic: "Ministère des Affaires étrangères" needs a capital after its first word
  kAliasAutoAcronym = 1 << 9,     ///< automatic case-sensitive acronym ("ANSSI"); also matches "Anssi" when 4+ letters
  kAliasCapitalHead = 1 << 10,    ///< automatic: "Winnti Group" needs its capital head ("the Winnti group" is Winnti)
  kAliasKeepsArticle = 1 << 11,   ///< derived: a canonical "The Hague" matched with its capitalized article
  kAliasPreferred = 1 << 12,      ///< {preferred}: of an {ambiguous} name's entries, the default reading
};

struct GazetteerEntry {
  std::string id;
  std::string type;
  std::string canonical;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string file;
  int line = 0;
  std::string attribute(std::string_view key) const {
    for (const auto& kv : attributes)
      if (kv.first == key) return kv.second;
    return {};
  }
};

struct AliasRecord {
  uint32_t entry = 0;
  std::string text;
  uint16_t flags = 0;
  std::string file;
  int line = 0;
  int column = 0;
};

/// A deny-list line: never report `surface` (folded), optionally only for one type or entry id.
struct DenyRule {
  std::string surface;  ///< folded surface
  std::string type;     ///< empty = any type
  std::string entry;    ///< empty = any entry
};

/// Everything loaded from gazetteer and deny-list files. Mutable while loading; compiled afterwards.
struct GazetteerData {
  std::vector<GazetteerEntry> entries;
  StringMap<uint32_t> entry_by_id;
  std::vector<AliasRecord> aliases;
  std::vector<DenyRule> deny;
};

/// True for a valid type name: upper-case ASCII letters, digits and '_', starting with a letter.
bool IsValidTypeName(std::string_view type);

/// Parses one TSV file (gazetteer or deny list, told apart by the header) into `data`, appending
/// every problem to `errors` with file, line and column. Entries whose id already exists merge.
void LoadGazetteerTsv(std::string_view content, const std::string& file, const Config& config,
                      GazetteerData* data, std::vector<Error>* errors);

}  // namespace gazette

#endif  // GAZETTE_SRC_GAZETTEER_DATA_H_
