// STIX bundles (an ATT&CK export, a vendor feed) name the actors, organisations, places
// and malware a report is about. Each object that names such a thing maps to one of our
// entity types by its STIX type and a property or two (identity_class, sectors, country);
// the rest of the bundle (relationships, indicators, reports) is not a name list and is
// skipped. STIX ids and ATT&CK ids are kept as attributes so an entry can be traced back.
// Objects are read defensively: a bundle written by another tool may lack `name` or hold
// a string where an array belongs, and that costs the object, not the run.

#include "stix_import.h"

#include <algorithm>
#include <set>
#include <utility>

#include "alias_dedup.h"
#include "alias_policy.h"
#include "country_table.h"
#include "entry_id.h"
#include "text_fold.h"
#include "tsv_writer.h"

namespace gazette::import {
namespace {

struct Record {
  std::string file;
  std::string type;
  std::string canonical;
  std::vector<std::string> names;
  std::vector<Attribute> attributes;
  std::string fixed_id;  // country:XX; empty: allocate from the name
};

bool IsTrue(const nlohmann::json& object, const char* key) {
  const nlohmann::json* m = Member(object, key);
  return m != nullptr && m->is_boolean() && m->get<bool>();
}

// The strings of an array member; other element types are reported and skipped.
std::vector<std::string> StringArray(const nlohmann::json& object, const char* key,
                                     const std::string& file, const std::string& where,
                                     Diagnostics* diag) {
  std::vector<std::string> out;
  const nlohmann::json* m = Member(object, key);
  if (m == nullptr) return out;
  if (!m->is_array()) {
    diag->Warning(file, where + ": " + key + " is " + TypeName(*m) + ", not an array; ignored");
    return out;
  }
  for (const nlohmann::json& item : *m) {
    if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else {
      diag->Warning(file, where + ": an element of " + key + " is " + TypeName(item) +
                              ", not a string; ignored");
    }
  }
  return out;
}

std::string MitreId(const nlohmann::json& object) {
  const nlohmann::json* refs = Member(object, "external_references");
  if (refs == nullptr || !refs->is_array()) return "";
  for (const nlohmann::json& ref : *refs) {
    if (StringMember(ref, "source_name") != std::string("mitre-attack")) continue;
    if (std::optional<std::string> id = StringMember(ref, "external_id")) return CleanField(*id);
  }
  return "";
}

std::string UpperAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return text;
}

// Fills the type-specific parts of `r`; false when the object is skipped.
bool MapObject(const nlohmann::json& object, const std::string& stix_type, const std::string& where,
               Record* r, Diagnostics* diag) {
  const std::optional<std::string> name = StringMember(object, "name");
  if (stix_type == "intrusion-set" || stix_type == "threat-actor" || stix_type == "malware") {
    r->type = stix_type == "malware" ? "MALWARE" : "GROUP";
  } else if (stix_type == "identity") {
    const std::optional<std::string> cls = StringMember(object, "identity_class");
    if (cls == std::string("individual")) {
      r->type = "PERSON";
    } else if (cls == std::string("organization")) {
      const std::vector<std::string> sectors = StringArray(object, "sectors", r->file, where, diag);
      const bool government = std::any_of(sectors.begin(), sectors.end(), [](const std::string& s) {
        return s == "government" || s == "government-national";
      });
      r->type = government ? "AGENCY" : "ORGANIZATION";
    } else {
      diag->Warning(r->file, where + ": identity_class " +
                                 (cls ? Quote(*cls) : std::string("(none)")) +
                                 " is neither organization nor individual; skipped");
      diag->Tally("objects skipped: identity of another class");
      return false;
    }
  } else if (stix_type == "location") {
    const std::optional<std::string> country = StringMember(object, "country");
    const std::optional<std::string> city = StringMember(object, "city");
    const std::optional<std::string> area = StringMember(object, "administrative_area");
    const bool has_detail = city || area || Member(object, "street_address") != nullptr;
    const std::string code = country ? UpperAscii(CleanField(*country)) : "";
    if (country && !IsAlpha2Code(code)) {
      diag->Warning(r->file, where + ": country " + Quote(*country) +
                                 " is not an ISO 3166-1 alpha-2 code; ignored");
    }
    if (IsAlpha2Code(code) && !has_detail) {
      r->type = "COUNTRY";
      r->fixed_id = "country:" + code;
      r->canonical = name ? *name : CountryNameForCode(code).value_or(code);
      r->attributes.push_back({"iso2", code});
      return true;
    }
    r->type = "LOCATION";
    if (IsAlpha2Code(code)) r->attributes.push_back({"country", code});
    r->canonical = name ? *name : city ? *city : area ? *area : "";
    if (r->canonical.empty()) {
      diag->Warning(r->file, where + ": location has no name, city or administrative_area; skipped");
      return false;
    }
    return true;
  } else {
    diag->Tally("objects skipped: " + (stix_type.empty() ? std::string("no type") : stix_type));
    return false;
  }
  if (!name) {
    diag->Warning(r->file, where + ": " + stix_type + " has no \"name\" string; skipped");
    return false;
  }
  r->canonical = *name;
  return true;
}

}  // namespace

std::vector<Entry> ImportStix(const std::vector<JsonDocument>& bundles, const StixOptions& options,
                              Diagnostics* diag) {
  std::vector<Record> records;
  std::set<std::string> seen_stix_ids;
  for (const JsonDocument& doc : bundles) {
    const nlohmann::json* objects = doc.root.is_array() ? &doc.root : Member(doc.root, "objects");
    if (objects == nullptr || !objects->is_array()) {
      diag->Error(doc.path, "not a STIX bundle: no \"objects\" array at the top level");
      continue;
    }
    const std::string base = doc.root.is_array() ? "" : "/objects";
    for (std::size_t i = 0; i < objects->size(); ++i) {
      const nlohmann::json& object = (*objects)[i];
      std::string where = base + "/" + std::to_string(i);
      if (!object.is_object()) {
        diag->Warning(doc.path, where + ": is " + TypeName(object) + ", not an object; skipped");
        continue;
      }
      const std::string stix_type = StringMember(object, "type").value_or("");
      const std::optional<std::string> stix_id = StringMember(object, "id");
      if (stix_id) where += " (" + *stix_id + ")";
      if (IsTrue(object, "revoked") || IsTrue(object, "x_mitre_deprecated")) {
        diag->Tally("objects skipped: revoked or deprecated");
        continue;
      }
      Record r;
      r.file = doc.path;
      if (!MapObject(object, stix_type, where, &r, diag)) continue;
      if (stix_id && !seen_stix_ids.insert(*stix_id).second) {
        diag->Warning(doc.path, where + ": the id appeared before; this copy skipped");
        continue;
      }
      bool changed = false;
      r.canonical = CleanCanonical(r.canonical, &changed);
      if (r.canonical.empty()) {
        diag->Warning(doc.path, where + ": empty name; skipped");
        continue;
      }
      if (changed) {
        diag->Warning(doc.path, where + ": '|' or braces in the name replaced by '/' or parentheses");
      }
      for (const char* key : {"aliases", "x_mitre_aliases"}) {
        for (std::string& a : StringArray(object, key, doc.path, where, diag)) {
          r.names.push_back(std::move(a));
        }
      }
      if (stix_id) r.attributes.push_back({"stix", CleanField(*stix_id)});
      if (const std::string mitre = MitreId(object); !mitre.empty()) {
        r.attributes.push_back({"mitre", mitre});
      }
      records.push_back(std::move(r));
    }
  }

  // Ids: countries by code (merging repeats), the others from their names, in input order.
  IdAllocator ids;
  std::vector<Record> merged;
  std::map<std::string, std::size_t> country_index;
  for (Record& r : records) {
    if (r.fixed_id.empty()) {
      const auto prefix = options.id_prefixes.find(r.type);
      r.fixed_id = ids.Allocate(prefix != options.id_prefixes.end() ? prefix->second
                                                                    : DefaultIdPrefix(r.type),
                                r.canonical, "", r.file, diag);
      merged.push_back(std::move(r));
      continue;
    }
    const auto [it, inserted] = country_index.emplace(r.fixed_id, merged.size());
    if (inserted) {
      ids.Reserve(r.fixed_id);
      merged.push_back(std::move(r));
      continue;
    }
    Record& into = merged[it->second];
    into.names.push_back(r.canonical);
    into.names.insert(into.names.end(), r.names.begin(), r.names.end());
    diag->Tally("location objects merged into the same country");
  }

  std::vector<Entry> entries;
  for (const Record& r : merged) {
    AliasPolicy policy;
    policy.common_words = options.common_words;
    policy.drop_country_names = r.type != "COUNTRY" && r.type != "LOCATION";
    Entry e;
    e.id = r.fixed_id;
    e.type = r.type;
    e.canonical = r.canonical;
    e.origin = r.file;
    e.aliases = BuildAliases(r.canonical, r.names, policy, r.file, diag);
    e.attributes = r.attributes;
    entries.push_back(std::move(e));
  }
  ResolveDuplicateAliases(&entries, diag);
  return entries;
}

}  // namespace gazette::import
