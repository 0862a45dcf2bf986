// Importing STIX 2.1 bundles.
#ifndef GAZETTE_TOOLS_STIX_IMPORT_H_
#define GAZETTE_TOOLS_STIX_IMPORT_H_

#include <map>
#include <string>
#include <vector>

#include "common_words.h"
#include "diagnostics.h"
#include "entry.h"
#include "json_input.h"

namespace gazette::import {

struct StixOptions {
  std::map<std::string, std::string> id_prefixes;  // type -> prefix; others: DefaultIdPrefix
  const CommonWords* common_words = nullptr;       // not owned; null: no common-word rule
};

/// Converts the objects of STIX 2.1 bundles ({"type": "bundle", "objects": [...]}, or a
/// bare array of objects):
///
/// | STIX object | entry |
/// | --- | --- |
/// | intrusion-set, threat-actor | GROUP: name + aliases |
/// | identity, identity_class "organization" | ORGANIZATION, or AGENCY when `sectors` holds "government" or "government-national" |
/// | identity, identity_class "individual" | PERSON |
/// | location with a `country` and no city, administrative_area or street_address | COUNTRY, id `country:XX`, attribute iso2=XX |
/// | other location (needs name, city or administrative_area) | LOCATION, attribute country=XX when known |
/// | malware | MALWARE: name + aliases |
///
/// Aliases come from `aliases` and `x_mitre_aliases` and pass BuildAliases (country names
/// are dropped except for COUNTRY and LOCATION). Attributes: stix=<object id>, and
/// mitre=<external_id> from external_references whose source_name is "mitre-attack".
/// Revoked and x_mitre_deprecated objects, relationships and other types are skipped (and
/// tallied); an object lacking what it needs is skipped with a warning. Two location
/// objects of one country merge into one COUNTRY entry. Finally ResolveDuplicateAliases.
std::vector<Entry> ImportStix(const std::vector<JsonDocument>& bundles, const StixOptions& options,
                              Diagnostics* diag);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_STIX_IMPORT_H_
