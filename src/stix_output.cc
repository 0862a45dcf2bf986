// STIX 2.1 output (docs/stix-output.md). Each entity type maps to one STIX object type, and every
// distinct (STIX type, canonical_id) becomes one object whose id is a UUIDv5 of that pair, so an
// entity has the same STIX id in every document, bundle and run. Relations sharing (STIX type, head
// object, tail object) become one relationship whose description quotes the evidence sentences.
// The builder keeps objects in first-mention order, so the bundle depends only on the documents and
// the published time.
#include "gazette/stix.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "gazette/json.h"
#include "sha1.h"

namespace gazette {

namespace {

constexpr std::size_t kMaxEvidencePerFact = 10;    // description size stays bounded in big bundles
constexpr std::size_t kMaxEvidenceBytes = 1000;    // a quoted sentence is cut (with "…") beyond this
constexpr const char* kProducerKey = "identity|gazette:producer";

// How an entity type becomes a STIX object. Types not listed (user types) are left out.
struct TypeMapping {
  const char* entity_type;
  const char* stix_type;
  const char* identity_class;  // identity only
  const char* sector;          // identity only; nullptr = none
};

constexpr TypeMapping kTypeMappings[] = {
    {"GROUP", "intrusion-set", nullptr, nullptr},
    {"AGENCY", "identity", "organization", "government-national"},
    {"ORGANIZATION", "identity", "organization", nullptr},
    {"PERSON", "identity", "individual", nullptr},
    {"COUNTRY", "location", nullptr, nullptr},
    {"LOCATION", "location", nullptr, nullptr},
    {"MALWARE", "malware", nullptr, nullptr},
};

const TypeMapping* MappingOf(const std::string& entity_type) {
  for (const TypeMapping& m : kTypeMappings)
    if (entity_type == m.entity_type) return &m;
  return nullptr;
}

// Our relation types as STIX relationship_type values. attributed-to and targets are STIX's own
// names; located-at is STIX's for "based in"; the others are ours (STIX allows any lower-case
// hyphenated name), kept as they are so they read the same as in Gazette's JSON.
std::string RelationshipType(const std::string& relation_type) {
  if (relation_type == "targeted") return "targets";
  if (relation_type == "based-in") return "located-at";
  std::string out;
  for (char c : relation_type) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
    else out += '-';
  }
  return out.empty() ? "related-to" : out;
}

// STIX region-ov values: a LOCATION whose canonical id is location:<one of these> is that region.
constexpr const char* kRegions[] = {
    "africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa",
    "americas", "latin-america-caribbean", "south-america", "caribbean", "central-america",
    "northern-america", "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia",
    "western-asia", "europe", "eastern-europe", "northern-europe", "southern-europe", "western-europe",
    "oceania", "australia-new-zealand", "melanesia", "micronesia", "polynesia", "antarctica"};

std::string RegionOf(const std::string& canonical_id) {
  const std::string prefix = "location:";
  if (canonical_id.compare(0, prefix.size(), prefix) != 0) return {};
  std::string slug = canonical_id.substr(prefix.size());
  for (const char* r : kRegions)
    if (slug == r) return slug;
  return {};
}

// "country:fr" or "country:FR" -> "FR"; anything else -> "".
std::string CountryCodeOf(const std::string& canonical_id) {
  const std::string prefix = "country:";
  if (canonical_id.size() != prefix.size() + 2 || canonical_id.compare(0, prefix.size(), prefix) != 0) return {};
  std::string code;
  for (char c : canonical_id.substr(prefix.size())) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return {};
    code += c;
  }
  return code;
}

bool IsIsoAlpha2(const std::string& s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

// ATT&CK group ids: G followed by four digits.
bool IsMitreGroupId(const std::string& s) {
  if (s.size() != 5 || s[0] != 'G') return false;
  for (std::size_t i = 1; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// The sentence as one line: whitespace runs become one space, at most kMaxEvidenceBytes bytes
// (cut at a code-point boundary).
std::string QuotableSentence(std::string_view raw) {
  std::string s = SanitizeUtf8(raw);
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > kMaxEvidenceBytes) {
    std::size_t cut = kMaxEvidenceBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "\u2026";
  }
  return out;
}

std::string DocumentName(const Document& doc) {
  std::string name = SanitizeUtf8(doc.id);
  return name.empty() ? "untitled" : name;
}

std::string Slice(const std::string& text, const Span& bytes) {
  if (bytes.begin >= text.size() || bytes.end <= bytes.begin) return {};
  return text.substr(bytes.begin, std::min(bytes.end, text.size()) - bytes.begin);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long DaysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void CivilFromDays(long long z, long long* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<long long>(yoe) + era * 400 + (*m <= 2);
}

bool Digits(std::string_view s, std::size_t pos, std::size_t n, int* value) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

std::string FormatTimestamp(long long y, unsigned mo, unsigned d, int h, int mi, int s, const std::string& frac) {
  char buf[80];  // room for any int values, so no truncation warning; real values need 20
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.", y, mo, d, h, mi, s);
  std::string out = buf;
  out += frac;
  while (out.size() < 23) out += '0';  // at least milliseconds: "YYYY-MM-DDTHH:MM:SS.mmm"
  return out + "Z";
}

// The object kept for one distinct entity: its JSON without `aliases`, and the surfaces seen.
struct EntityObject {
  nlohmann::json object;
  std::set<std::string> surfaces;
  bool takes_aliases = false;
};

struct RelationshipObject {
  nlohmann::json object;
  std::vector<std::string> evidence;  // distinct lines, first kMaxEvidencePerFact
  std::set<std::string> seen;
  std::size_t more = 0;               // evidence lines left out
  double confidence = 0;
};

struct ReportObject {
  nlohmann::json object;
  std::vector<std::string> refs;
  std::set<std::string> ref_set;
};

}  // namespace

struct StixBundleBuilder::Impl {
  StixOptions options;
  std::string time;
  std::string producer_id;
  std::vector<std::string> report_order, entity_order, relationship_order;
  std::unordered_map<std::string, ReportObject> reports;
  std::unordered_map<std::string, EntityObject> entities;
  std::unordered_map<std::string, RelationshipObject> relationships;
  std::size_t documents = 0;

  nlohmann::json Core(const std::string& type, const std::string& id) const {
    return {{"type", type}, {"spec_version", "2.1"}, {"id", id}, {"created", time}, {"modified", time},
            {"created_by_ref", producer_id}};
  }

  std::string Attribute(const std::string& canonical_id, const char* key) const {
    return options.attribute ? options.attribute(canonical_id, key) : std::string();
  }

  static std::string KeyOf(const Entity& e) {
    std::string id = SanitizeUtf8(e.canonical_id);
    if (!id.empty()) return id;
    // Rules always derive an id; this covers hand-made Documents.
    return "name:" + SanitizeUtf8(e.canonical.empty() ? e.text : e.canonical);
  }

  // The STIX id of the entity's object, creating the object on first mention; "" for unmapped types.
  std::string AddEntity(const Entity& e) {
    const TypeMapping* m = MappingOf(e.type);
    if (m == nullptr) return {};
    std::string key = KeyOf(e);
    std::string id = StixId(m->stix_type, std::string(m->stix_type) + "|" + key);
    auto [it, inserted] = entities.try_emplace(id);
    EntityObject& obj = it->second;
    if (inserted) {
      entity_order.push_back(id);
      obj.object = NewObject(*m, e, key, id);
      obj.takes_aliases = obj.object["type"] == "intrusion-set" || obj.object["type"] == "malware";
    }
    if (obj.takes_aliases) obj.surfaces.insert(SanitizeUtf8(e.text));
    return id;
  }

  nlohmann::json NewObject(const TypeMapping& m, const Entity& e, const std::string& key, const std::string& id) const {
    using nlohmann::json;
    json o = Core(m.stix_type, id);
    std::string name = SanitizeUtf8(e.canonical.empty() ? e.text : e.canonical);
    o["name"] = name;
    json refs = json::array();
    std::string type = m.stix_type;
    if (type == "intrusion-set") {
      std::string mitre = Attribute(e.canonical_id, "mitre");
      if (IsMitreGroupId(mitre))
        refs.push_back({{"source_name", "mitre-attack"}, {"external_id", mitre},
                        {"url", "https://attack.mitre.org/groups/" + mitre + "/"}});
    } else if (type == "identity") {
      o["identity_class"] = m.identity_class;
      if (m.sector != nullptr) o["sectors"] = json::array({m.sector});
    } else if (type == "malware") {
      o["is_family"] = true;
    } else if (type == "location") {
      // STIX requires region, country or coordinates. Country from the canonical id (COUNTRY) or the
      // gazetteer's country attribute; region when the id is a STIX region; otherwise the region is
      // "unknown" (the value STIX's open vocabularies use for it) rather than a guess.
      std::string country = CountryCodeOf(e.canonical_id);
      if (country.empty()) country = Attribute(e.canonical_id, "country");
      std::string region = RegionOf(e.canonical_id);
      if (IsIsoAlpha2(country)) o["country"] = country;
      if (!region.empty()) o["region"] = region;
      if (!o.contains("country") && !o.contains("region")) o["region"] = "unknown";
      std::string kind = Attribute(e.canonical_id, "kind");
      if (o.contains("country") && (kind == "city" || kind == "capital")) o["city"] = name;
    }
    // Gazette's own id, so consumers can join STIX objects back to our JSON and gazetteers.
    refs.push_back({{"source_name", "gazette"}, {"external_id", key}});
    o["external_references"] = std::move(refs);
    return o;
  }

  // Merges the relation into its relationship object and returns that object's id.
  std::string AddRelation(const Document& doc, const Relation& r, const std::string& head, const std::string& tail) {
    std::string type = RelationshipType(r.type);
    std::string id = StixId("relationship", "relationship|" + type + "|" + head + "|" + tail);
    auto [it, inserted] = relationships.try_emplace(id);
    RelationshipObject& rel = it->second;
    if (inserted) {
      relationship_order.push_back(id);
      rel.object = Core("relationship", id);
      rel.object["relationship_type"] = type;
      rel.object["source_ref"] = head;
      rel.object["target_ref"] = tail;
    }
    rel.confidence = std::max(rel.confidence, r.confidence);
    std::string line = "\"" + QuotableSentence(Slice(doc.text, r.sentence_bytes)) + "\" (" + DocumentName(doc);
    std::string trigger = QuotableSentence(Slice(doc.text, r.trigger_bytes));
    if (!trigger.empty()) line += ", trigger \"" + trigger + "\"";
    line += ", rule " + SanitizeUtf8(r.rule) + ")";
    if (rel.seen.count(line) != 0) return id;
    if (rel.evidence.size() >= kMaxEvidencePerFact) {
      ++rel.more;
      return id;
    }
    rel.seen.insert(line);
    rel.evidence.push_back(std::move(line));
    return id;
  }

  void Add(const Document& doc) {
    ++documents;
    std::string name = DocumentName(doc);
    std::string report_id = StixId("report", "report|" + name);
    auto [rit, inserted] = reports.try_emplace(report_id);
    ReportObject& report = rit->second;
    if (inserted) {
      report_order.push_back(report_id);
      report.object = Core("report", report_id);
      report.object["name"] = name;
      report.object["published"] = time;
      report.object["report_types"] = nlohmann::json::array({"threat-report"});
      if (!doc.lang.empty()) report.object["lang"] = doc.lang;
    }
    auto refer = [&](const std::string& id) {
      if (!id.empty() && report.ref_set.insert(id).second) report.refs.push_back(id);
    };
    std::vector<std::string> ids(doc.entities.size());
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
      ids[i] = AddEntity(doc.entities[i]);
      refer(ids[i]);
    }
    for (const Relation& r : doc.relations) {
      if (r.head >= ids.size() || r.tail >= ids.size() || ids[r.head].empty() || ids[r.tail].empty()) continue;
      refer(AddRelation(doc, r, ids[r.head], ids[r.tail]));
    }
  }

  nlohmann::json Bundle() const {
    using nlohmann::json;
    json objects = json::array();
    std::string bundle_key = "bundle|" + time;
    for (const std::string& id : report_order) {
      const ReportObject& rep = reports.at(id);
      json o = rep.object;
      // STIX requires at least one ref; a document with nothing found refers to its producer.
      o["object_refs"] = rep.refs.empty() ? json::array({producer_id}) : json(rep.refs);
      objects.push_back(std::move(o));
      bundle_key += "|" + id;
    }
    for (const std::string& id : entity_order) {
      const EntityObject& ent = entities.at(id);
      json o = ent.object;
      json aliases = json::array();
      for (const std::string& s : ent.surfaces)
        if (s != o["name"]) aliases.push_back(s);
      if (!aliases.empty()) o["aliases"] = std::move(aliases);
      objects.push_back(std::move(o));
    }
    for (const std::string& id : relationship_order) {
      const RelationshipObject& rel = relationships.at(id);
      json o = rel.object;
      std::string description = "Evidence:";
      for (const std::string& line : rel.evidence) description += "\n" + line;
      if (rel.more > 0) description += "\n(and " + std::to_string(rel.more) + " more)";
      o["description"] = description;
      o["confidence"] = static_cast<int>(std::lround(std::clamp(rel.confidence, 0.0, 1.0) * 100));
      objects.push_back(std::move(o));
    }
    json producer = Core("identity", producer_id);
    producer.erase("created_by_ref");
    producer["name"] = "Gazette";
    producer["identity_class"] = "system";
    producer["description"] = "Gazette, a rule-based extractor of named entities and relations from news "
                              "and threat-intelligence reports; it created every object of this bundle.";
    objects.push_back(std::move(producer));
    return {{"type", "bundle"}, {"id", StixId("bundle", bundle_key)}, {"objects", std::move(objects)}};
  }
};

std::string StixId(std::string_view type, std::string_view name) {
  static const Uuid kNamespace = [] {
    Uuid u{};
    ParseUuid(kStixIdNamespace, &u);
    return u;
  }();
  return std::string(type) + "--" + FormatUuid(Uuid5(kNamespace, name));
}

bool NormalizeStixTimestamp(std::string_view text, std::string* out) {
  const std::string_view s = text;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) || s[7] != '-' ||
      !Digits(s, 8, 2, &d))
    return false;
  static const int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (mo < 1 || mo > 12 || d < 1 || d > kDaysIn[mo - 1] + (mo == 2 && leap ? 1 : 0)) return false;
  std::string frac;
  int offset_minutes = 0;
  if (s.size() > 10) {
    if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !Digits(s, 11, 2, &h) || s.size() < 19 ||
        s[13] != ':' || !Digits(s, 14, 2, &mi) || s[16] != ':' || !Digits(s, 17, 2, &sec))
      return false;
    if (h > 23 || mi > 59 || sec > 60) return false;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') frac += s[pos++];
      if (frac.empty()) return false;
    }
    if (pos == s.size()) return false;  // RFC 3339 needs a zone
    if (s[pos] == 'Z' || s[pos] == 'z') {
      if (pos + 1 != s.size()) return false;
    } else if (s[pos] == '+' || s[pos] == '-') {
      int oh = 0, om = 0;
      if (s.size() != pos + 6 || !Digits(s, pos + 1, 2, &oh) || s[pos + 3] != ':' || !Digits(s, pos + 4, 2, &om) ||
          oh > 23 || om > 59)
        return false;
      offset_minutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
      return false;
    }
  }
  long long y2 = y;
  unsigned mo2 = static_cast<unsigned>(mo), d2 = static_cast<unsigned>(d);
  if (offset_minutes != 0) {
    long long minutes = DaysFromCivil(y, mo2, d2) * 1440 + h * 60LL + mi - offset_minutes;
    long long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    long long in_day = minutes - days * 1440;
    CivilFromDays(days, &y2, &mo2, &d2);
    h = static_cast<int>(in_day / 60);
    mi = static_cast<int>(in_day % 60);
    if (y2 < 0 || y2 > 9999) return false;
  }
  *out = FormatTimestamp(y2, mo2, d2, h, mi, sec, frac);
  return true;
}

std::string StixTimestampNow() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  long long secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
  long long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  long long in_day = secs - days * 86400;
  long long y = 0;
  unsigned mo = 0, d = 0;
  CivilFromDays(days, &y, &mo, &d);
  char frac[4];
  std::snprintf(frac, sizeof frac, "%03d", static_cast<int>(ms - secs * 1000));
  return FormatTimestamp(y, mo, d, static_cast<int>(in_day / 3600), static_cast<int>(in_day / 60 % 60),
                         static_cast<int>(in_day % 60), frac);
}

StixBundleBuilder::StixBundleBuilder(StixOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  if (impl_->options.published.empty()) {
    impl_->time = StixTimestampNow();
  } else if (!NormalizeStixTimestamp(impl_->options.published, &impl_->time)) {
    throw std::invalid_argument("gazette::StixOptions::published is not an RFC 3339 time: \"" +
                                impl_->options.published + "\"");
  }
  impl_->producer_id = StixId("identity", kProducerKey);
}

StixBundleBuilder::~StixBundleBuilder() = default;
StixBundleBuilder::StixBundleBuilder(StixBundleBuilder&&) noexcept = default;
StixBundleBuilder& StixBundleBuilder::operator=(StixBundleBuilder&&) noexcept = default;

void StixBundleBuilder::Add(const Document& doc) { impl_->Add(doc); }
nlohmann::json StixBundleBuilder::Bundle() const { return impl_->Bundle(); }
std::size_t StixBundleBuilder::documents() const { return impl_->documents; }

nlohmann::json ToStixBundle(const Document& doc, const StixOptions& options) {
  StixBundleBuilder builder(options);
  builder.Add(doc);
  return builder.Bundle();
}

nlohmann::json ToStixBundle(const std::vector<Document>& docs, const StixOptions& options) {
  StixBundleBuilder builder(options);
  for (const Document& doc : docs) builder.Add(doc);
  return builder.Bundle();
}

}  // namespace gazette
