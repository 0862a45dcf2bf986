// A direct JSON writer for Document: the same bytes as ToJson(doc).dump() (nlohmann's compact form,
// object keys in sorted order, strings escaped the same way), without building a JSON tree. Building
// and serializing the tree cost more than extraction itself; streaming output uses this instead, and
// appends into a buffer it reuses (AppendJson), so a document costs no allocation once it is warm.
// tests/json_writer_test.cc checks byte equality with the nlohmann path.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "gazette/json.h"
#include "utf8.h"

namespace gazette {
namespace {

// Appends to the caller's string through a raw pointer: the string is grown ahead (doubling) and
// trimmed once at the end, so each append is an inline copy (std::string's push_back and append are
// calls into libstdc++, one per byte or key of the output; they cost more than the rest of the writer).
class OutBuffer {
 public:
  // Keeps what `out` holds and appends after it; `expected` sizes the first growth.
  OutBuffer(std::string* out, std::size_t expected) : out_(out), len_(out->size()) { Reserve(len_ + expected); }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;
  ~OutBuffer() { out_->resize(len_); }

  void push_back(char c) {
    if (len_ == size_) Reserve(len_ + 1);
    data_[len_++] = c;
  }
  void append(const char* s, std::size_t n) {
    if (size_ - len_ < n) Reserve(len_ + n);
    std::memcpy(data_ + len_, s, n);
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

 private:
  // The rare path, out of line so that the appends above inline: at least `need` bytes, doubling.
  __attribute__((noinline)) void Reserve(std::size_t need) {
    out_->resize(std::max(out_->size() * 2, need + 256));
    data_ = &(*out_)[0];
    size_ = out_->size();
  }
  std::string* out_;
  char* data_ = nullptr;
  std::size_t size_ = 0;  // out_->size(), where the writable bytes end
  std::size_t len_;       // bytes written so far (what out_ will hold)
};

// Nonzero when one of the eight bytes of `w` needs String's attention: a control byte, '"', '\\'
// or a byte of a multi-byte sequence. The lowest set bit marks the first such byte (a borrow only
// propagates upward), so ctz / 8 is its offset.
inline uint64_t NeedsLook(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
  const uint64_t q = w ^ (kOnes * '"'), b = w ^ (kOnes * '\\');
  return below_space | ((q - kOnes) & ~q & kHigh) | ((b - kOnes) & ~b & kHigh) | (w & kHigh);
}

// What String() does with each byte: copy it in the current run, escape it, or check the UTF-8
// sequence it starts.
enum ByteClass : unsigned char { kCopy = 0, kEscape = 1, kCheckUtf8 = 2 };

constexpr std::array<unsigned char, 256> MakeByteClasses() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' ? kEscape : c >= 0x80 ? kCheckUtf8 : kCopy;
  return t;
}
constexpr std::array<unsigned char, 256> kByteClass = MakeByteClasses();

class Writer {
 public:
  Writer(std::string* out, std::size_t expected) : out_(out, expected) {}

  // As nlohmann::json::dump with ensure_ascii off, of SanitizeUtf8(s): quote, backslash and C0
  // controls escaped, each byte that is not valid UTF-8 written as U+FFFD. One pass, no copy: runs
  // of bytes that need nothing are appended whole.
  void String(std::string_view s) {
    out_.push_back('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t run = 0, i = 0;
    while (i < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (i + 8 <= n) {  // eight plain bytes at a time (the first byte in memory is the lowest)
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        const uint64_t look = NeedsLook(w);
        if (look == 0) {
          i += 8;
          continue;
        }
        i += static_cast<std::size_t>(__builtin_ctzll(look)) >> 3;
      }
#endif
      const unsigned char c = p[i];
      const unsigned char k = kByteClass[c];
      if (k == kCopy) {
        ++i;
        continue;
      }
      if (k == kCheckUtf8) {
        char32_t cp;
        const std::size_t len = DecodeNext(s, i, &cp);
        if (len > 1 || cp != kReplacementChar) {  // a valid sequence (a literal U+FFFD is 3 bytes)
          i += len;
          continue;
        }
        out_.append(s.data() + run, i - run);
        out_ += "\xEF\xBF\xBD";
        run = ++i;
        continue;
      }
      out_.append(s.data() + run, i - run);
      run = ++i;
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
          char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out_.append(esc, sizeof esc);
        }
      }
    }
    out_.append(s.data() + run, n - run);
    out_.push_back('"');
  }

  void Number(std::size_t n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, r.ptr);
  }

  // Shortest round-trip digits, with ".0" on integral values, as nlohmann prints doubles.
  void Double(double d) {
    // Rule confidences are hundredths (0.8, 0.95) and to_chars costs hundreds of instructions: the
    // double nearest k/100 prints as the digits of k/100 (tests/json_writer_test.cc checks all k).
    if (d > 0 && d <= 1) {
      const long k = std::lround(d * 100);
      if (static_cast<double>(k) / 100 == d) {
        char buf[4] = {'0', '.', static_cast<char>('0' + k / 10), static_cast<char>('0' + k % 10)};
        if (k == 100) out_ += "1.0";
        else out_.append(buf, k % 10 == 0 ? 3 : 4);
        return;
      }
    }
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

void AppendJson(const Document& doc, std::string* out) {
  Writer w(out, 256 + doc.entities.size() * 220 + doc.relations.size() * 260);
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
  // Reused by each thread; a sort by (key, index) orders as a stable sort by key, without its buffer.
  thread_local std::vector<std::size_t> by_fact;
  by_fact.resize(doc.relations.size());
  for (std::size_t i = 0; i < by_fact.size(); ++i) by_fact[i] = i;
  std::sort(by_fact.begin(), by_fact.end(), [&](std::size_t a, std::size_t b) {
    const auto ka = fact_key(a), kb = fact_key(b);
    return ka < kb || (ka == kb && a < b);
  });
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
  if (by_fact.capacity() > (std::size_t{1} << 16)) std::vector<std::size_t>().swap(by_fact);  // not kept for life
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
}

std::string ToJsonString(const Document& doc) {
  std::string out;
  AppendJson(doc, &out);
  return out;
}

}  // namespace gazette
