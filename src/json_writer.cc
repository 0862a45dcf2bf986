// A direct JSON writer for Document: the same bytes as ToJson(doc).dump() (nlohmann's compact form,
// object keys in sorted order, strings escaped the same way), without building a JSON tree. Building
// and serializing the tree cost more than extraction itself; streaming output uses this instead.
// tests/json_writer_test.cc checks byte equality with the nlohmann path.
#include <charconv>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "gazette/json.h"
#include "utf8.h"

namespace gazette {
namespace {

class Writer {
 public:
  explicit Writer(std::string* out) : out_(*out) {}

  // As nlohmann::json::dump with ensure_ascii off: quote, backslash and C0 controls escaped.
  void String(std::string_view s) {
    if (!IsValidUtf8(s)) {
      std::string clean = SanitizeUtf8(s);
      String(std::string_view(clean));
      return;
    }
    out_.push_back('"');
    for (char ch : s) {
      unsigned char c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            out_ += "\\u00";
            out_.push_back(kHex[c >> 4]);
            out_.push_back(kHex[c & 0xF]);
          } else {
            out_.push_back(ch);
          }
      }
    }
    out_.push_back('"');
  }

  void Number(std::size_t n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, r.ptr);
  }

  // Shortest round-trip digits, with ".0" on integral values, as nlohmann prints doubles.
  void Double(double d) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    std::string_view s(buf, static_cast<std::size_t>(r.ptr - buf));
    out_.append(s);
    if (s.find_first_of(".eEn") == std::string_view::npos) out_ += ".0";
  }

  // Starts member `key`; `first` says whether it is the object's first member.
  void Key(const char* key, bool first = false) {
    if (!first) out_.push_back(',');
    out_.push_back('"');
    out_ += key;
    out_ += "\":";
  }

  void Span(const gazette::Span& chars, const gazette::Span& bytes, const std::string* text) {
    out_.push_back('{');
    Key("byte_end", true);
    Number(bytes.end);
    Key("byte_start");
    Number(bytes.begin);
    Key("end");
    Number(chars.end);
    Key("start");
    Number(chars.begin);
    if (text) {
      Key("text");
      String(*text);
    }
    out_.push_back('}');
  }

  void Raw(char c) { out_.push_back(c); }
  void Raw(const char* s) { out_ += s; }

 private:
  std::string& out_;
};

}  // namespace

std::string ToJsonString(const Document& doc) {
  std::string out;
  out.reserve(256 + doc.entities.size() * 220 + doc.relations.size() * 260);
  Writer w(&out);
  auto eid = [](std::size_t i) { return "e" + std::to_string(i + 1); };
  w.Raw('{');
  w.Key("entities", true);
  w.Raw('[');
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (i > 0) w.Raw(',');
    w.Raw('{');
    bool first = true;
    if (!e.alias.empty()) {
      w.Key("alias", true);
      w.String(e.alias);
      first = false;
    }
    w.Key("byte_end", first);
    w.Number(e.bytes.end);
    w.Key("byte_start");
    w.Number(e.bytes.begin);
    w.Key("canonical");
    w.String(e.canonical);
    w.Key("canonical_id");
    w.String(e.canonical_id);
    if (e.demonym) {
      w.Key("demonym");
      w.Raw("true");
    }
    w.Key("end");
    w.Number(e.chars.end);
    w.Key("id");
    w.String(eid(i));
    w.Key("source");
    w.String(e.source);
    w.Key("start");
    w.Number(e.chars.begin);
    w.Key("text");
    w.String(e.text);
    w.Key("type");
    w.String(e.type);
    w.Raw('}');
  }
  w.Raw(']');
  // Facts, keyed as ToJson keys them: (type, head canonical id, tail canonical id).
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> facts;
  for (std::size_t i = 0; i < doc.relations.size(); ++i) {
    const Relation& r = doc.relations[i];
    facts[std::make_tuple(r.type, doc.entities[r.head].canonical_id, doc.entities[r.tail].canonical_id)].push_back(i);
  }
  w.Key("facts");
  w.Raw('[');
  bool first_fact = true;
  for (const auto& [key, rels] : facts) {
    const Relation& r = doc.relations[rels.front()];
    const Entity& h = doc.entities[r.head];
    const Entity& t = doc.entities[r.tail];
    if (!first_fact) w.Raw(',');
    first_fact = false;
    w.Raw('{');
    w.Key("head", true);
    w.String(h.canonical);
    w.Key("head_id");
    w.String(h.canonical_id);
    w.Key("relations");
    w.Raw('[');
    for (std::size_t k = 0; k < rels.size(); ++k) {
      if (k > 0) w.Raw(',');
      w.String("r" + std::to_string(rels[k] + 1));
    }
    w.Raw(']');
    w.Key("tail");
    w.String(t.canonical);
    w.Key("tail_id");
    w.String(t.canonical_id);
    w.Key("type");
    w.String(r.type);
    w.Raw('}');
  }
  w.Raw(']');
  w.Key("id");
  w.String(doc.id);
  w.Key("lang");
  w.String(doc.lang);
  w.Key("relations");
  w.Raw('[');
  for (std::size_t i = 0; i < doc.relations.size(); ++i) {
    const Relation& r = doc.relations[i];
    if (i > 0) w.Raw(',');
    w.Raw('{');
    w.Key("confidence", true);
    w.Double(r.confidence);
    w.Key("head");
    w.String(eid(r.head));
    w.Key("id");
    w.String("r" + std::to_string(i + 1));
    w.Key("rule");
    w.String(r.rule);
    w.Key("sentence");
    w.Span(r.sentence_chars, r.sentence_bytes, nullptr);
    w.Key("tail");
    w.String(eid(r.tail));
    w.Key("trigger");
    std::string trigger = doc.text.substr(r.trigger_bytes.begin, r.trigger_bytes.end - r.trigger_bytes.begin);
    w.Span(r.trigger_chars, r.trigger_bytes, &trigger);
    w.Key("type");
    w.String(r.type);
    w.Raw('}');
  }
  w.Raw(']');
  w.Key("schema_version");
  w.String(kSchemaVersion);
  w.Key("warnings");
  w.Raw('[');
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (i > 0) w.Raw(',');
    w.String(doc.warnings[i]);
  }
  w.Raw("]}");
  return out;
}

}  // namespace gazette
