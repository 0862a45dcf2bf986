// Tests src/stix_output.cc and src/sha1.cc: STIX 2.1 bundles from Documents, deterministic ids.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "gazette/gazette.h"
#include "gazette/stix.h"
#include "sha1.h"

namespace {

using nlohmann::json;

std::string Hex(const std::array<uint8_t, 20>& digest) {
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (uint8_t b : digest) {
    s += kHex[b >> 4];
    s += kHex[b & 15];
  }
  return s;
}

gazette::Entity MakeEntity(const std::string& text, std::size_t begin, const std::string& type,
                           const std::string& canonical, const std::string& canonical_id) {
  gazette::Entity e;
  e.type = type;
  e.text = text;
  e.bytes = {begin, begin + text.size()};
  e.chars = e.bytes;  // ASCII texts only
  e.canonical = canonical;
  e.canonical_id = canonical_id;
  e.source = "test";
  return e;
}

gazette::Relation MakeRelation(const std::string& type, std::size_t head, std::size_t tail, gazette::Span sentence,
                               gazette::Span trigger, double confidence = 0.8) {
  gazette::Relation r;
  r.type = type;
  r.head = head;
  r.tail = tail;
  r.sentence_bytes = r.sentence_chars = sentence;
  r.trigger_bytes = r.trigger_chars = trigger;
  r.rule = "test." + type;
  r.confidence = confidence;
  return r;
}

// "Chinese group APT 31 targeted France. Beijing denied it." with entities, as the extractor would
// give them, and attributed-to plus targeted relations.
gazette::Document SampleDocument(const std::string& id = "doc-1") {
  gazette::Document doc;
  doc.id = id;
  doc.lang = "en";
  doc.text = "Chinese group APT 31 targeted France.\nAPT31 agents met in Beijing. Acme Corp saw Jane Doe at the ANSSI.";
  doc.entities.push_back(MakeEntity("Chinese", 0, "COUNTRY", "China", "country:CN"));
  doc.entities.back().demonym = true;
  doc.entities.push_back(MakeEntity("APT 31", 14, "GROUP", "APT31", "group:apt31"));
  doc.entities.push_back(MakeEntity("France", 30, "COUNTRY", "France", "country:FR"));
  doc.entities.push_back(MakeEntity("APT31", 38, "GROUP", "APT31", "group:apt31"));
  doc.entities.push_back(MakeEntity("Beijing", 58, "LOCATION", "Beijing", "location:beijing"));
  doc.entities.push_back(MakeEntity("Acme Corp", 67, "ORGANIZATION", "Acme Corp", "org:acme-corp"));
  doc.entities.push_back(MakeEntity("Jane Doe", 81, "PERSON", "Jane Doe", "person:jane-doe"));
  doc.entities.push_back(MakeEntity("ANSSI", 97, "AGENCY", "ANSSI", "agency:fr-anssi"));
  for (const gazette::Entity& e : doc.entities)
    REQUIRE(doc.text.substr(e.bytes.begin, e.bytes.end - e.bytes.begin) == e.text);
  doc.relations.push_back(MakeRelation("attributed-to", 1, 0, {0, 37}, {}));
  doc.relations.push_back(MakeRelation("targeted", 1, 2, {0, 37}, {21, 29}, 0.9));
  doc.relations.push_back(MakeRelation("targeted", 3, 2, {38, 66}, {}, 0.6));  // same fact, other evidence
  doc.relations.push_back(MakeRelation("based-in", 5, 4, {67, 103}, {}));
  doc.relations.push_back(MakeRelation("member-of", 6, 7, {67, 103}, {}));
  return doc;
}

gazette::StixOptions FixedTime() {
  gazette::StixOptions o;
  o.published = "2024-03-05T12:00:00Z";
  return o;
}

std::vector<json> OfType(const json& bundle, const std::string& type) {
  std::vector<json> out;
  for (const json& o : bundle["objects"])
    if (o["type"] == type) out.push_back(o);
  return out;
}

const json* FindByName(const json& bundle, const std::string& name) {
  for (const json& o : bundle["objects"])
    if (o.contains("name") && o["name"] == name) return &o;
  return nullptr;
}

// Every value of a key ending in _ref or _refs, anywhere in `v`.
void CollectRefs(const json& v, const std::string& key, std::vector<std::string>* out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) CollectRefs(it.value(), it.key(), out);
  } else if (v.is_array()) {
    for (const json& x : v) CollectRefs(x, key, out);
  } else if (v.is_string() && key.size() >= 4 &&
             (key.compare(key.size() - 4, 4, "_ref") == 0 ||
              (key.size() >= 5 && key.compare(key.size() - 5, 5, "_refs") == 0))) {
    out->push_back(v.get<std::string>());
  }
}

// The properties STIX 2.1 requires of every object Gazette writes, and of each type.
void CheckStixRules(const json& bundle) {
  static const std::regex kId("^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  static const std::regex kTime("^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{3,}Z$");
  REQUIRE(bundle["type"] == "bundle");
  REQUIRE(std::regex_match(bundle["id"].get<std::string>(), kId));
  CHECK(bundle["id"].get<std::string>().rfind("bundle--", 0) == 0);
  std::set<std::string> ids;
  for (const json& o : bundle["objects"]) {
    std::string id = o.at("id");
    INFO(id);
    CHECK(ids.insert(id).second);  // one object per id
    CHECK(std::regex_match(id, kId));
    CHECK(id.rfind(o.at("type").get<std::string>() + "--", 0) == 0);
    CHECK(o.at("spec_version") == "2.1");
    CHECK(std::regex_match(o.at("created").get<std::string>(), kTime));
    CHECK(std::regex_match(o.at("modified").get<std::string>(), kTime));
    std::string type = o["type"];
    if (type == "report") {
      CHECK(o.at("name").is_string());
      CHECK(std::regex_match(o.at("published").get<std::string>(), kTime));
      CHECK(o.at("object_refs").size() >= 1);
      CHECK(o.at("report_types") == json::array({"threat-report"}));
    } else if (type == "intrusion-set" || type == "identity") {
      CHECK(o.at("name").is_string());
    } else if (type == "malware") {
      CHECK(o.at("name").is_string());
      CHECK(o.at("is_family") == true);
    } else if (type == "location") {
      CHECK((o.contains("country") || o.contains("region")));
    } else if (type == "relationship") {
      CHECK(o.at("relationship_type").is_string());
      CHECK(std::regex_match(o["relationship_type"].get<std::string>(), std::regex("^[a-z0-9-]+$")));
      CHECK(o.at("source_ref").is_string());
      CHECK(o.at("target_ref").is_string());
    } else {
      FAIL("unexpected type " << type);
    }
    if (o.contains("aliases")) CHECK(!o["aliases"].empty());
    if (o.contains("external_references")) CHECK(!o["external_references"].empty());
  }
  for (const json& o : bundle["objects"]) {
    std::vector<std::string> refs;
    CollectRefs(o, "", &refs);
    for (const std::string& r : refs) {
      INFO(o["id"].get<std::string>() << " refers to " << r);
      CHECK(ids.count(r) == 1);
    }
  }
}

}  // namespace

TEST_CASE("stix: sha1 matches the FIPS 180 test vectors") {
  CHECK(Hex(gazette::Sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(Hex(gazette::Sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(Hex(gazette::Sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(Hex(gazette::Sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  SUBCASE("lengths around the padding boundary") {  // values from Python's hashlib
    CHECK(Hex(gazette::Sha1(std::string(55, 'x'))) == "cef734ba81a024479e09eb5a75b6ddae62e6abf1");
    CHECK(Hex(gazette::Sha1(std::string(56, 'x'))) == "901305367c259952f4e7af8323f480d59f81335b");
    CHECK(Hex(gazette::Sha1(std::string(64, 'x'))) == "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163");
  }
}

TEST_CASE("stix: uuid5 matches RFC 4122 and Python's uuid.uuid5") {
  gazette::Uuid dns{};
  REQUIRE(gazette::ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", &dns));  // NAMESPACE_DNS
  CHECK(gazette::FormatUuid(gazette::Uuid5(dns, "python.org")) == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  gazette::Uuid url{};
  REQUIRE(gazette::ParseUuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8", &url));  // NAMESPACE_URL
  // The STIX namespace is documented as uuid5(NAMESPACE_URL, "urn:gazette:stix").
  CHECK(gazette::FormatUuid(gazette::Uuid5(url, "urn:gazette:stix")) == gazette::kStixIdNamespace);
  CHECK(gazette::StixId("intrusion-set", "intrusion-set|group:apt31") ==
        "intrusion-set--09547cf7-3622-5238-9709-a46d23404499");
  CHECK(gazette::StixId("location", "location|country:FR") == "location--18a7b1e6-474c-57c9-85a7-92fede986a7f");
  gazette::Uuid bad{};
  CHECK_FALSE(gazette::ParseUuid("6ba7b811-9dad-11d1-80b4-00c04fd430c", &bad));
  CHECK_FALSE(gazette::ParseUuid("6ba7b811x9dad-11d1-80b4-00c04fd430c8", &bad));
  CHECK_FALSE(gazette::ParseUuid("6ba7b811-9dad-11d1-80b4-00c04fd430cg", &bad));
}

TEST_CASE("stix: timestamps are normalized to UTC with milliseconds") {
  std::string t;
  CHECK(gazette::NormalizeStixTimestamp("2024-03-05T14:30:00Z", &t));
  CHECK(t == "2024-03-05T14:30:00.000Z");
  CHECK(gazette::NormalizeStixTimestamp("2024-03-05", &t));
  CHECK(t == "2024-03-05T00:00:00.000Z");
  CHECK(gazette::NormalizeStixTimestamp("2024-03-05T14:30:00.5Z", &t));
  CHECK(t == "2024-03-05T14:30:00.500Z");
  CHECK(gazette::NormalizeStixTimestamp("2024-03-05T14:30:00.123456Z", &t));
  CHECK(t == "2024-03-05T14:30:00.123456Z");
  CHECK(gazette::NormalizeStixTimestamp("2024-03-01T00:30:00+01:00", &t));
  CHECK(t == "2024-02-29T23:30:00.000Z");  // across a leap day
  CHECK(gazette::NormalizeStixTimestamp("2023-12-31T20:00:00-05:30", &t));
  CHECK(t == "2024-01-01T01:30:00.000Z");
  for (const char* bad : {"", "2024", "2024-13-01", "2023-02-29", "2024-03-05T14:30:00", "2024-03-05T24:00:00Z",
                          "2024-03-05T14:30Z", "2024-03-05T14:30:00.Z", "2024-03-05T14:30:00Zjunk",
                          "2024-03-05T14:30:00+0100", "yesterday"}) {
    std::string out = "unchanged";
    INFO(bad);
    CHECK_FALSE(gazette::NormalizeStixTimestamp(bad, &out));
    CHECK(out == "unchanged");
  }
  std::string now = gazette::StixTimestampNow();
  CHECK(std::regex_match(now, std::regex("^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]\\.[0-9]{3}Z$")));
}

TEST_CASE("stix: a document becomes a valid bundle with one object per entity") {
  json bundle = gazette::ToStixBundle(SampleDocument(), FixedTime());
  CheckStixRules(bundle);

  std::vector<json> reports = OfType(bundle, "report");
  REQUIRE(reports.size() == 1);
  CHECK(reports[0]["name"] == "doc-1");
  CHECK(reports[0]["published"] == "2024-03-05T12:00:00.000Z");
  CHECK(reports[0]["created"] == "2024-03-05T12:00:00.000Z");
  CHECK(reports[0]["lang"] == "en");
  CHECK(reports[0]["id"] == gazette::StixId("report", "report|doc-1"));
  // object_refs name every entity object and relationship of the document.
  std::set<std::string> refs = reports[0]["object_refs"].get<std::set<std::string>>();
  for (const json& o : bundle["objects"])
    if (o["type"] != "report" && o.value("name", "") != "Gazette") CHECK(refs.count(o["id"]) == 1);

  SUBCASE("groups are intrusion sets with the surfaces seen as aliases") {
    std::vector<json> sets = OfType(bundle, "intrusion-set");
    REQUIRE(sets.size() == 1);  // "APT 31" and "APT31" are one entity
    CHECK(sets[0]["name"] == "APT31");
    CHECK(sets[0]["aliases"] == json::array({"APT 31"}));
    CHECK(sets[0]["id"] == gazette::StixId("intrusion-set", "intrusion-set|group:apt31"));
    CHECK(sets[0]["external_references"] ==
          json::array({{{"source_name", "gazette"}, {"external_id", "group:apt31"}}}));
  }
  SUBCASE("agencies, organizations and people are identities") {
    const json* anssi = FindByName(bundle, "ANSSI");
    REQUIRE(anssi != nullptr);
    CHECK((*anssi)["type"] == "identity");
    CHECK((*anssi)["identity_class"] == "organization");
    CHECK((*anssi)["sectors"] == json::array({"government-national"}));
    const json* acme = FindByName(bundle, "Acme Corp");
    REQUIRE(acme != nullptr);
    CHECK((*acme)["identity_class"] == "organization");
    CHECK_FALSE(acme->contains("sectors"));
    const json* jane = FindByName(bundle, "Jane Doe");
    REQUIRE(jane != nullptr);
    CHECK((*jane)["identity_class"] == "individual");
  }
  SUBCASE("countries carry their ISO code; other places an honest unknown region") {
    const json* china = FindByName(bundle, "China");
    REQUIRE(china != nullptr);
    CHECK((*china)["type"] == "location");
    CHECK((*china)["country"] == "CN");
    CHECK_FALSE(china->contains("region"));
    const json* beijing = FindByName(bundle, "Beijing");
    REQUIRE(beijing != nullptr);
    CHECK((*beijing)["region"] == "unknown");
    CHECK_FALSE(beijing->contains("country"));
  }
  SUBCASE("relations become relationships with quoted evidence") {
    std::vector<json> rels = OfType(bundle, "relationship");
    REQUIRE(rels.size() == 4);  // two targeted relations are one fact
    std::string group = gazette::StixId("intrusion-set", "intrusion-set|group:apt31");
    std::string france = gazette::StixId("location", "location|country:FR");
    const json* targets = nullptr;
    std::set<std::string> types;
    for (const json& r : rels) {
      types.insert(r["relationship_type"]);
      if (r["relationship_type"] == "targets") targets = &r;
    }
    CHECK(types == std::set<std::string>{"attributed-to", "targets", "located-at", "member-of"});
    REQUIRE(targets != nullptr);
    CHECK((*targets)["source_ref"] == group);
    CHECK((*targets)["target_ref"] == france);
    CHECK((*targets)["id"] == gazette::StixId("relationship", "relationship|targets|" + group + "|" + france));
    CHECK((*targets)["confidence"] == 90);
    std::string description = (*targets)["description"];
    CHECK(description.find("\"Chinese group APT 31 targeted France.\" (doc-1, trigger \"targeted\", rule test.targeted)") !=
          std::string::npos);
    CHECK(description.find("\"APT31 agents met in Beijing.\"") != std::string::npos);
  }
  SUBCASE("every object but the producer names the producer as creator") {
    std::vector<json> identities = OfType(bundle, "identity");
    std::string producer;
    for (const json& o : identities)
      if (o["name"] == "Gazette") producer = o["id"];
    REQUIRE(!producer.empty());
    for (const json& o : bundle["objects"])
      if (o["id"] != producer) CHECK(o["created_by_ref"] == producer);
  }
}

TEST_CASE("stix: ids are the same across documents, bundles and runs") {
  gazette::Document a = SampleDocument("doc-a");
  gazette::Document b = SampleDocument("doc-b");
  json ja = gazette::ToStixBundle(a, FixedTime());
  json jb = gazette::ToStixBundle(b, FixedTime());
  auto ids_by_name = [](const json& bundle) {
    std::map<std::string, std::string> out;
    for (const json& o : bundle["objects"])
      if (o["type"] != "report" && o.contains("name")) out[o["name"]] = o["id"];
    return out;
  };
  CHECK(ids_by_name(ja) == ids_by_name(jb));
  CHECK(OfType(ja, "report")[0]["id"] != OfType(jb, "report")[0]["id"]);
  CHECK(gazette::ToStixBundle(a, FixedTime()).dump() == ja.dump());  // byte-identical rerun

  SUBCASE("one bundle over several documents shares their objects") {
    json both = gazette::ToStixBundle(std::vector<gazette::Document>{a, b}, FixedTime());
    CheckStixRules(both);
    CHECK(OfType(both, "report").size() == 2);
    CHECK(OfType(both, "intrusion-set").size() == 1);
    CHECK(OfType(both, "relationship").size() == 4);
    for (const json& r : OfType(both, "relationship")) {
      if (r["relationship_type"] != "member-of") continue;
      std::string d = r["description"];
      CHECK(d.find("(doc-a, rule test.member-of)") != std::string::npos);
      CHECK(d.find("(doc-b, rule test.member-of)") != std::string::npos);
    }
    // The builder gives the same bundle as the vector overload.
    gazette::StixBundleBuilder builder(FixedTime());
    builder.Add(a);
    builder.Add(b);
    CHECK(builder.documents() == 2);
    CHECK(builder.Bundle().dump() == both.dump());
  }
}

TEST_CASE("stix: gazetteer facts from the attribute hook") {
  gazette::StixOptions options = FixedTime();
  options.attribute = [](const std::string& id, const std::string& key) -> std::string {
    if (id == "group:apt31" && key == "mitre") return "G0128";
    if (id == "location:beijing" && key == "country") return "CN";
    if (id == "location:beijing" && key == "kind") return "capital";
    return "";
  };
  json bundle = gazette::ToStixBundle(SampleDocument(), options);
  CheckStixRules(bundle);
  const json* group = FindByName(bundle, "APT31");
  REQUIRE(group != nullptr);
  CHECK((*group)["external_references"][0] ==
        json({{"source_name", "mitre-attack"}, {"external_id", "G0128"}, {"url", "https://attack.mitre.org/groups/G0128/"}}));
  const json* beijing = FindByName(bundle, "Beijing");
  REQUIRE(beijing != nullptr);
  CHECK((*beijing)["country"] == "CN");
  CHECK((*beijing)["city"] == "Beijing");
  CHECK_FALSE(beijing->contains("region"));
}

TEST_CASE("stix: edge cases stay valid") {
  SUBCASE("an empty document refers to the producer") {
    gazette::Document doc;
    json bundle = gazette::ToStixBundle(doc, FixedTime());
    CheckStixRules(bundle);
    std::vector<json> reports = OfType(bundle, "report");
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["name"] == "untitled");
    CHECK(reports[0]["object_refs"].size() == 1);
    CHECK(bundle["objects"].size() == 2);
  }
  SUBCASE("user types, malware, regions and bad relation indexes") {
    gazette::Document doc;
    doc.id = "edge";
    doc.text = "Emotet hit Europe via WIDGET.";
    doc.entities.push_back(MakeEntity("Emotet", 0, "MALWARE", "Emotet", "malware:emotet"));
    doc.entities.push_back(MakeEntity("Europe", 11, "LOCATION", "Europe", "location:europe"));
    doc.entities.push_back(MakeEntity("WIDGET", 22, "PRODUCT", "Widget", "product:widget"));
    doc.relations.push_back(MakeRelation("targeted", 0, 1, {0, 29}, {7, 10}));
    doc.relations.push_back(MakeRelation("targeted", 0, 2, {0, 29}, {7, 10}));   // user type: left out
    doc.relations.push_back(MakeRelation("targeted", 0, 99, {0, 29}, {7, 10}));  // no such entity
    json bundle = gazette::ToStixBundle(doc, FixedTime());
    CheckStixRules(bundle);
    const json* emotet = FindByName(bundle, "Emotet");
    REQUIRE(emotet != nullptr);
    CHECK((*emotet)["type"] == "malware");
    CHECK((*emotet)["is_family"] == true);
    const json* europe = FindByName(bundle, "Europe");
    REQUIRE(europe != nullptr);
    CHECK((*europe)["region"] == "europe");
    CHECK(FindByName(bundle, "Widget") == nullptr);
    CHECK(OfType(bundle, "relationship").size() == 1);
  }
  SUBCASE("invalid UTF-8 and long sentences") {
    gazette::Document doc;
    doc.id = "bad\xff-id";
    doc.text = "APT31\xff hit " + std::string(3000, 'x') + " France.";
    doc.entities.push_back(MakeEntity("APT31", 0, "GROUP", "APT31", "group:apt31"));
    doc.entities.push_back(MakeEntity("France", doc.text.size() - 7, "COUNTRY", "France", "country:FR"));
    doc.relations.push_back(MakeRelation("targeted", 0, 1, {0, doc.text.size()}, {}));
    json bundle = gazette::ToStixBundle(doc, FixedTime());
    CheckStixRules(bundle);
    CHECK_NOTHROW(bundle.dump());
    CHECK(OfType(bundle, "report")[0]["name"] == "bad\xEF\xBF\xBD-id");
    std::string d = OfType(bundle, "relationship")[0]["description"];
    CHECK(d.size() < 1200);
    CHECK(d.find("\xE2\x80\xA6") != std::string::npos);  // cut with an ellipsis
  }
  SUBCASE("an invalid published time is a programmer error") {
    gazette::StixOptions options;
    options.published = "next Tuesday";
    CHECK_THROWS_AS(gazette::StixBundleBuilder{options}, std::invalid_argument);
  }
  SUBCASE("without a published time the current time is used") {
    json bundle = gazette::ToStixBundle(SampleDocument());
    CheckStixRules(bundle);
  }
}

TEST_CASE("stix: the bundled extractor's output is valid") {
  gazette::BuildResult built = gazette::Extractor::Build(gazette::Config{});
  REQUIRE(built.ok());
  std::vector<gazette::Document> docs;
  docs.push_back(built.extractor->Extract(
      "The Chinese state-sponsored hacking group APT31 targeted the Czech Ministry of Foreign Affairs.", "en"));
  docs.push_back(built.extractor->Extract(
      "Le groupe APT31, lié à la Chine, a ciblé des parlementaires français, selon l'ANSSI.", "fr"));
  for (const gazette::Document& doc : docs) CheckStixRules(gazette::ToStixBundle(doc, FixedTime()));
  json both = gazette::ToStixBundle(docs, FixedTime());
  CheckStixRules(both);
  CHECK(OfType(both, "intrusion-set").size() == 1);  // APT31 in both documents, one object
}
