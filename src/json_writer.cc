// A direct JSON writer for Document: the same bytes as ToJson(doc).dump() (nlohmann's compact form,
// object keys in sorted order, strings escaped the same way), without building a JSON tree. Building
// and serializing the tree cost more than extraction itself; streaming output uses this instead.
// tests/json_writer_test.cc checks byte equality with the nlohmann path.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "gazette/json.h"
#include "utf8.h"

namespace gazette {
namespace {

// A growing byte buffer whose appends are inline (std::string's push_back and append are calls into
// libstdc++, one per byte or key of the output; they cost more than the rest of the writer).
class OutBuffer {
 public:
  explicit OutBuffer(std::size_t capacity) : buf_(capacity, '\0') {}
  void push_back(char c) {
    Grow(1);
    buf_[len_++] = c;
  }
  void append(const char* s, std::size_t n) {
    Grow(n);
    std::memcpy(&buf_[len_], s, n);
    len_ += n;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append(const char* begin, const char* end) { append(begin, static_cast<std::size_t>(end - begin)); }
  template <std::size_t N>
  OutBuffer& operator+=(const char (&s)[N]) {
    append(s, N - 1);
    return *this;
  }
  OutBuffer& operator+=(std::string_view s) {
    append(s);
    return *this;
  }
  std::string Finish() {
    buf_.resize(len_);
    return std::move(buf_);
  }

 private:
  void Grow(std::size_t n) {
    if (len_ + n > buf_.size()) buf_.resize(std::max(buf_.size() * 2, len_ + n + 256));
  }
  std::string buf_;
  std::size_t len_ = 0;
};

class Writer {
 public:
  explicit Writer(std::size_t capacity) : out_(capacity) {}
  std::string Finish() { return out_.Finish(); }

  // As nlohmann::json::dump with ensure_ascii off: quote, backslash and C0 controls escaped.
  void String(std::string_view s) {
    // ASCII needs no UTF-8 check (the common case: names, ids, sources).
    unsigned char high = 0;
    for (char ch : s) high |= static_cast<unsigned char>(ch);
    if (high >= 0x80 && !IsValidUtf8(s)) {
      std::string clean = SanitizeUtf8(s);
      String(std::string_view(clean));
      return;
    }
    out_.push_back('"');
    // Runs of bytes that need no escape are appended whole.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          static const char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_.push_back(kHex[c >> 4]);
          out_.push_back(kHex[c & 0xF]);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
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

  // Starts member `key`; `first` says whether it is the object's first member. A literal, so its
  // length is known without strlen; ',"key":' goes out as one append.
  template <std::size_t N>
  void Key(const char (&key)[N], bool first = false) {
    char buf[N + 4];
    buf[0] = ',';
    buf[1] = '"';
    std::memcpy(buf + 2, key, N - 1);
    buf[N + 1] = '"';
    buf[N + 2] = ':';
    out_.append(first ? buf + 1 : buf, first ? N + 2 : N + 3);
  }

  void Span(const gazette::Span& chars, const gazette::Span& bytes, const std::string_view* text) {
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

  // "e12" / "r3": the output id of the entity or relation at 0-based index `i`.
  void Id(char prefix, std::size_t i) {
    out_.push_back('"');
    out_.push_back(prefix);
    Number(i + 1);
    out_.push_back('"');
  }

  void Raw(char c) { out_.push_back(c); }
  template <std::size_t N>
  void Raw(const char (&s)[N]) {
    out_ += s;
  }

 private:
  OutBuffer out_;
};

}  // namespace

std::string ToJsonString(const Document& doc) {
  Writer w(256 + doc.entities.size() * 220 + doc.relations.size() * 260);
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
    w.Id('e', i);
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
  // Facts, keyed as ToJson keys them: (type, head canonical id, tail canonical id), in key order, each
  // listing its relations in document order.
  auto fact_key = [&](std::size_t i) {
    const Relation& r = doc.relations[i];
    return std::make_tuple(std::string_view(r.type), std::string_view(doc.entities[r.head].canonical_id),
                           std::string_view(doc.entities[r.tail].canonical_id));
  };
  std::vector<std::size_t> by_fact(doc.relations.size());
  for (std::size_t i = 0; i < by_fact.size(); ++i) by_fact[i] = i;
  std::stable_sort(by_fact.begin(), by_fact.end(), [&](std::size_t a, std::size_t b) { return fact_key(a) < fact_key(b); });
  w.Key("facts");
  w.Raw('[');
  for (std::size_t f = 0; f < by_fact.size();) {
    std::size_t f_end = f + 1;
    while (f_end < by_fact.size() && fact_key(by_fact[f_end]) == fact_key(by_fact[f])) ++f_end;
    const Relation& r = doc.relations[by_fact[f]];
    const Entity& h = doc.entities[r.head];
    const Entity& t = doc.entities[r.tail];
    if (f > 0) w.Raw(',');
    w.Raw('{');
    w.Key("head", true);
    w.String(h.canonical);
    w.Key("head_id");
    w.String(h.canonical_id);
    w.Key("relations");
    w.Raw('[');
    for (std::size_t k = f; k < f_end; ++k) {
      if (k > f) w.Raw(',');
      w.Id('r', by_fact[k]);
    }
    w.Raw(']');
    w.Key("tail");
    w.String(t.canonical);
    w.Key("tail_id");
    w.String(t.canonical_id);
    w.Key("type");
    w.String(r.type);
    w.Raw('}');
    f = f_end;
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
    w.Id('e', r.head);
    w.Key("id");
    w.Id('r', i);
    w.Key("rule");
    w.String(r.rule);
    w.Key("sentence");
    w.Span(r.sentence_chars, r.sentence_bytes, nullptr);
    w.Key("tail");
    w.Id('e', r.tail);
    w.Key("trigger");
    const std::string_view trigger = std::string_view(doc.text).substr(r.trigger_bytes.begin, r.trigger_bytes.end - r.trigger_bytes.begin);
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
  return w.Finish();
}

}  // namespace gazette
