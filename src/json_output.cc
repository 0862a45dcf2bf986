// Gazette's JSON document format (docs/json-output.md). Entity ids are e1..eN in text order,
// relation ids r1..rN; "facts" groups relations by (type, head canonical id, tail canonical id) so a
// pipeline gets one fact with all of its evidence.
#include <map>
#include <tuple>

#include "gazette/json.h"
#include "utf8.h"

namespace gazette {

namespace {

nlohmann::json SpanJson(const Span& chars, const Span& bytes) {
  return {{"start", chars.begin}, {"end", chars.end}, {"byte_start", bytes.begin}, {"byte_end", bytes.end}};
}

}  // namespace

nlohmann::json ToJson(const Document& doc) {
  using nlohmann::json;
  json out = json::object();
  out["schema_version"] = kSchemaVersion;
  out["id"] = SanitizeUtf8(doc.id);
  out["lang"] = doc.lang;
  json entities = json::array();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    json j = {{"id", "e" + std::to_string(i + 1)},
              {"type", e.type},
              {"text", SanitizeUtf8(e.text)},
              {"start", e.chars.begin},
              {"end", e.chars.end},
              {"byte_start", e.bytes.begin},
              {"byte_end", e.bytes.end},
              {"canonical", SanitizeUtf8(e.canonical)},
              {"canonical_id", SanitizeUtf8(e.canonical_id)},
              {"source", SanitizeUtf8(e.source)}};
    if (!e.alias.empty()) j["alias"] = e.alias;
    if (e.demonym) j["demonym"] = true;
    entities.push_back(std::move(j));
  }
  out["entities"] = std::move(entities);
  json relations = json::array();
  std::map<std::tuple<std::string, std::string, std::string>, json> facts;
  for (std::size_t i = 0; i < doc.relations.size(); ++i) {
    const Relation& r = doc.relations[i];
    std::string rid = "r" + std::to_string(i + 1);
    json trigger = SpanJson(r.trigger_chars, r.trigger_bytes);
    trigger["text"] = SanitizeUtf8(doc.text.substr(r.trigger_bytes.begin, r.trigger_bytes.end - r.trigger_bytes.begin));
    relations.push_back({{"id", rid},
                         {"type", r.type},
                         {"head", "e" + std::to_string(r.head + 1)},
                         {"tail", "e" + std::to_string(r.tail + 1)},
                         {"trigger", std::move(trigger)},
                         {"sentence", SpanJson(r.sentence_chars, r.sentence_bytes)},
                         {"rule", r.rule},
                         {"confidence", r.confidence}});
    const Entity& h = doc.entities[r.head];
    const Entity& t = doc.entities[r.tail];
    auto key = std::make_tuple(r.type, h.canonical_id, t.canonical_id);
    json& fact = facts[key];
    if (fact.is_null()) {
      fact = {{"type", r.type},
              {"head", SanitizeUtf8(h.canonical)},
              {"head_id", SanitizeUtf8(h.canonical_id)},
              {"tail", SanitizeUtf8(t.canonical)},
              {"tail_id", SanitizeUtf8(t.canonical_id)},
              {"relations", json::array()}};
    }
    fact["relations"].push_back(rid);
  }
  out["relations"] = std::move(relations);
  json fact_list = json::array();
  for (auto& [key, fact] : facts) fact_list.push_back(std::move(fact));
  out["facts"] = std::move(fact_list);
  json warnings = json::array();
  for (const std::string& w : doc.warnings) warnings.push_back(SanitizeUtf8(w));
  out["warnings"] = std::move(warnings);
  return out;
}

}  // namespace gazette
