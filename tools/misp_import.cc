// MISP's threat-actor cluster is the richest open list of group names, and its
// mitre-intrusion-set cluster carries the ATT&CK ids (and a few more names) for the same
// groups under names like "APT31 - G0035". We want one entry per group, so the intrusion
// sets are folded into the threat actor they share a name with. Names are compared by
// FoldKey (case, accents, spaces, hyphens, underscores ignored) because the two clusters
// spell the same name differently ("Judgment Panda" / "JUDGMENT PANDA"). When an intrusion
// set shares names with several actors (MISP splits some groups that ATT&CK keeps whole),
// the match is ranked: same canonical name first, then the actor listing the set's name,
// then the number of shared names, then the id, so the result does not depend on order.
// An ATT&CK id that an actor lists among its synonyms ("G0086") counts as a shared name:
// it links "Stolen Pencil - G0086" to Kimsuky although no name is common to both.
// Everything here is deterministic: same files in, same entries out.

#include "misp_import.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "alias_dedup.h"
#include "country_table.h"
#include "entry_id.h"
#include "text_fold.h"
#include "tsv_writer.h"

namespace gazette::import {
namespace {

constexpr char kMitreClusterType[] = "mitre-intrusion-set";

// One cluster value on its way to an entry.
struct Record {
  std::string file;       // for messages
  std::string canonical;  // cleaned
  std::vector<std::string> names;  // synonyms, then names merged in
  std::set<std::string> mitre_ids;
  std::string uuid;
  std::string country;
  std::string id;
  std::set<std::string> folded;  // FoldKey of the canonical name and the original names,
                                 // and MitreKey of its ATT&CK ids
  std::vector<std::string> merged_canonicals;
};

// A matching key for an ATT&CK id that no folded name can equal (names hold no TAB).
std::string MitreKey(const std::string& id) { return "\tmitre:" + id; }

std::string Where(const std::string& canonical, std::size_t index) {
  return "/values/" + std::to_string(index) + " " + Quote(canonical);
}

std::string CountryOf(const nlohmann::json& meta, const std::string& file, const std::string& where,
                      Diagnostics* diag) {
  if (const nlohmann::json* c = Member(meta, "country"); c != nullptr) {
    if (c->is_string()) {
      std::string code = CleanField(c->get<std::string>());
      std::string upper = code;
      for (char& ch : upper) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
      }
      if (IsAlpha2Code(upper)) return upper;
      if (std::optional<std::string> by_name = CountryCodeForName(code)) return *by_name;
      if (!code.empty()) {
        diag->Warning(file, where + ": meta.country " + Quote(code) + " is not a country code");
      }
    } else {
      diag->Warning(file, where + ": meta.country is " + TypeName(*c) + ", not a string");
    }
  }
  const nlohmann::json* sponsor = Member(meta, "cfr-suspected-state-sponsor");
  if (sponsor == nullptr) return "";
  if (!sponsor->is_string()) {
    diag->Warning(file, where + ": meta.cfr-suspected-state-sponsor is " + TypeName(*sponsor) +
                            ", not a string");
    return "";
  }
  const std::string name = CleanField(sponsor->get<std::string>());
  if (std::optional<std::string> code = CountryCodeForName(name)) return *code;
  if (!name.empty() && FoldKey(name) != "unknown") {
    diag->Warning(file, where + ": unknown sponsor state " + Quote(name) + " (no country=)");
    diag->Tally("sponsor states not in the country table");
  }
  return "";
}

// Reads one cluster value; false when it cannot become an entry.
bool ReadValue(const nlohmann::json& value, const std::string& file, std::size_t index,
               Record* out, Diagnostics* diag) {
  const std::string at = "/values/" + std::to_string(index);
  if (!value.is_object()) {
    diag->Warning(file, at + ": is " + TypeName(value) + ", not an object; skipped");
    return false;
  }
  std::optional<std::string> raw_value = StringMember(value, "value");
  if (!raw_value) {
    diag->Warning(file, at + ": has no \"value\" string; skipped");
    return false;
  }
  std::string name = *raw_value;
  std::string suffix_id;
  if (SplitMitreSuffix(name, &name, &suffix_id)) out->mitre_ids.insert(suffix_id);
  bool changed = false;
  out->canonical = CleanCanonical(name, &changed);
  if (out->canonical.empty()) {
    diag->Warning(file, at + ": \"value\" is empty; skipped");
    return false;
  }
  const std::string where = Where(out->canonical, index);
  if (changed) {
    diag->Warning(file, where + ": '|' or braces in the name replaced by '/' or parentheses");
  }
  out->file = file;
  if (std::optional<std::string> uuid = StringMember(value, "uuid")) out->uuid = CleanField(*uuid);

  const nlohmann::json* meta = Member(value, "meta");
  if (meta != nullptr && !meta->is_object()) {
    diag->Warning(file, where + ": meta is " + TypeName(*meta) + ", not an object; ignored");
    meta = nullptr;
  }
  if (meta != nullptr) {
    if (const nlohmann::json* synonyms = Member(*meta, "synonyms"); synonyms != nullptr) {
      if (!synonyms->is_array()) {
        diag->Warning(file, where + ": meta.synonyms is " + TypeName(*synonyms) +
                                ", not an array; ignored");
      } else {
        for (const nlohmann::json& s : *synonyms) {
          if (!s.is_string()) {
            diag->Warning(file, where + ": a synonym is " + TypeName(s) + ", not a string; ignored");
            continue;
          }
          const std::string synonym = CleanField(s.get<std::string>());
          if (IsMitreGroupId(synonym)) {
            out->mitre_ids.insert(synonym);  // an ATT&CK id, not a name
          } else {
            out->names.push_back(s.get<std::string>());
          }
        }
      }
    }
    if (std::optional<std::string> ext = StringMember(*meta, "external_id");
        ext && IsMitreGroupId(CleanField(*ext))) {
      out->mitre_ids.insert(CleanField(*ext));
    }
    out->country = CountryOf(*meta, file, where, diag);
  }
  out->folded.insert(FoldKey(out->canonical));
  for (const std::string& id : out->mitre_ids) out->folded.insert(MitreKey(id));
  for (const std::string& n : out->names) {
    std::string key = FoldKey(CleanField(n));
    if (!key.empty()) out->folded.insert(std::move(key));
  }
  return true;
}

// Index of the record `set` merges into, or -1.
int BestMatch(const Record& set, const std::vector<Record>& records,
              const std::map<std::string, std::vector<std::size_t>>& by_name) {
  std::set<std::size_t> candidates;
  for (const std::string& key : set.folded) {
    const auto it = by_name.find(key);
    if (it != by_name.end()) candidates.insert(it->second.begin(), it->second.end());
  }
  const std::string name_key = FoldKey(set.canonical);
  int best = -1;
  std::tuple<bool, bool, std::size_t, bool> best_score;
  for (std::size_t c : candidates) {
    const Record& r = records[c];
    const std::string canonical_key = FoldKey(r.canonical);
    std::size_t shared = 0;
    for (const std::string& key : set.folded) shared += r.folded.count(key);
    const auto score = std::make_tuple(canonical_key == name_key, r.folded.count(name_key) > 0,
                                       shared, set.folded.count(canonical_key) > 0);
    if (best < 0 || score > best_score ||
        (score == best_score && r.id < records[static_cast<std::size_t>(best)].id)) {
      best = static_cast<int>(c);
      best_score = score;
    }
  }
  return best;
}

std::string UuidSlug(const std::string& uuid) {
  const std::string slug = Slugify(uuid);
  return slug.empty() ? "" : "misp-" + slug.substr(0, 8);
}

}  // namespace

bool IsMitreGroupId(const std::string& text) {
  if (text.size() < 5 || text[0] != 'G') return false;
  return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool SplitMitreSuffix(const std::string& value, std::string* name, std::string* mitre_id) {
  const std::size_t dash = value.rfind(" - ");
  if (dash == std::string::npos) return false;
  const std::string id = CleanField(value.substr(dash + 3));
  if (!IsMitreGroupId(id)) return false;
  *name = value.substr(0, dash);
  *mitre_id = id;
  return true;
}

std::vector<Entry> ImportMisp(const std::vector<JsonDocument>& clusters, const MispOptions& options,
                              Diagnostics* diag) {
  std::vector<Record> records;  // values of ordinary clusters, then unmatched intrusion sets
  std::vector<Record> sets;     // values of mitre-intrusion-set clusters
  for (const JsonDocument& doc : clusters) {
    const nlohmann::json* values = Member(doc.root, "values");
    if (values == nullptr || !values->is_array()) {
      diag->Error(doc.path, "not a MISP galaxy cluster: no \"values\" array at the top level");
      continue;
    }
    if (values->empty()) diag->Warning(doc.path, "the cluster has no values");
    const bool is_mitre = StringMember(doc.root, "type") == std::string(kMitreClusterType);
    for (std::size_t i = 0; i < values->size(); ++i) {
      Record r;
      if (ReadValue((*values)[i], doc.path, i, &r, diag)) {
        (is_mitre ? sets : records).push_back(std::move(r));
      }
    }
  }

  IdAllocator ids;
  for (Record& r : records) {
    r.id = ids.Allocate(options.id_prefix, r.canonical, UuidSlug(r.uuid), r.file, diag);
  }
  std::map<std::string, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < records.size(); ++i) {
    for (const std::string& key : records[i].folded) by_name[key].push_back(i);
  }
  for (Record& set : sets) {
    const int best = BestMatch(set, records, by_name);
    if (best < 0) {
      set.id = ids.Allocate(options.id_prefix, set.canonical, UuidSlug(set.uuid), set.file, diag);
      records.push_back(std::move(set));
      diag->Tally("intrusion sets matching no other value (own entry)");
      continue;
    }
    Record& target = records[static_cast<std::size_t>(best)];
    target.names.push_back(set.canonical);
    target.names.insert(target.names.end(), set.names.begin(), set.names.end());
    target.mitre_ids.insert(set.mitre_ids.begin(), set.mitre_ids.end());
    target.merged_canonicals.push_back(set.canonical);
    if (target.uuid.empty()) target.uuid = set.uuid;
    diag->Tally("intrusion sets merged into another value");
  }

  std::vector<Entry> entries;
  entries.reserve(records.size());
  for (const Record& r : records) {
    Entry e;
    e.id = r.id;
    e.type = options.type;
    e.canonical = r.canonical;
    e.origin = r.file;
    e.merged_canonicals = r.merged_canonicals;
    e.aliases = BuildAliases(r.canonical, r.names, options.alias_policy, r.file, diag);
    if (!r.country.empty()) e.attributes.push_back({"country", r.country});
    if (!r.mitre_ids.empty()) {
      std::string joined;
      for (const std::string& m : r.mitre_ids) joined += (joined.empty() ? "" : ",") + m;
      e.attributes.push_back({"mitre", joined});
    }
    if (!r.uuid.empty()) e.attributes.push_back({"misp", r.uuid});
    // A short common word would be dropped as an alias; as the canonical name it stays.
    if (IsCommonWordAlias(r.canonical, options.alias_policy) &&
        CodePointCount(r.canonical) <= kMaxDroppedCommonWordChars) {
      diag->Warning(r.file, "canonical name " + Quote(r.canonical) +
                                " is a short common word; kept (the loader matches it as {cap})");
      diag->Tally("canonical names that are short common words");
    }
    entries.push_back(std::move(e));
  }
  ResolveDuplicateAliases(&entries, diag);
  return entries;
}

}  // namespace gazette::import
