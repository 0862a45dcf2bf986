// Importing MISP galaxy clusters (threat actors, MITRE ATT&CK intrusion sets, ...).
#ifndef GAZETTE_TOOLS_MISP_IMPORT_H_
#define GAZETTE_TOOLS_MISP_IMPORT_H_

#include <string>
#include <vector>

#include "alias_policy.h"
#include "diagnostics.h"
#include "entry.h"
#include "json_input.h"

namespace gazette::import {

struct MispOptions {
  std::string type = "GROUP";      // entity type of every entry
  std::string id_prefix = "group";  // ids are `id_prefix:slug`
  AliasPolicy alias_policy;         // common words, country names
};

/// Converts MISP galaxy cluster documents ({"type": ..., "values": [{"value", "uuid",
/// "meta": {"synonyms", "country", "cfr-suspected-state-sponsor", "external_id"}}]}).
///
/// Each value of a cluster becomes one entry: id `prefix:<slug of value>`, canonical =
/// value, aliases = meta.synonyms cleaned by BuildAliases. Values of a cluster whose "type"
/// is "mitre-intrusion-set" ("APT31 - G0035") lose their " - Gnnnn" suffix and are merged
/// into the entry of another cluster that shares a name with them (FoldKey of the canonical
/// name or a synonym) or their ATT&CK id (listed among its synonyms); the best match is the
/// one whose canonical name is theirs, then the one holding their name as a synonym, then
/// the most shared names and ids, then the smallest id. An unmatched one becomes an entry of
/// its own. Synonyms that are ATT&CK ids ("G0035") are
/// not aliases but ids. Attributes, in this order: country=XX (meta.country, else the
/// sponsor state mapped by the country table), mitre=Gnnnn[,Gnnnn...] (sorted), misp=<uuid
/// of the first value>. Descriptions are never copied. Finally ResolveDuplicateAliases.
///
/// A document that is not a cluster (no "values" array) is an error; a bad value (not an
/// object, no "value" string, a member of the wrong type) is a warning and is skipped or
/// ignored. Entries come back in no particular order (WriteTsv sorts).
std::vector<Entry> ImportMisp(const std::vector<JsonDocument>& clusters, const MispOptions& options,
                              Diagnostics* diag);

/// Splits "APT31 - G0035" into "APT31" and "G0035"; returns false (and leaves the outputs
/// alone) when `value` has no such suffix.
bool SplitMitreSuffix(const std::string& value, std::string* name, std::string* mitre_id);
/// True for an ATT&CK group id: 'G' and four or more digits.
bool IsMitreGroupId(const std::string& text);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_MISP_IMPORT_H_
