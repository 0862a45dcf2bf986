// One JSONL record: sanitize invalid UTF-8 (so nlohmann's strict parser accepts the line and no
// document is lost), parse without exceptions, check the fields. The common record, {"id": "...",
// "text": "..."} and nothing else, is read by a small direct parser first (a JSON tree per line cost
// as much as a tenth of the extraction); anything else, including every malformed line, takes the
// general path, so both give the same results. Lines come from LineReader as views into its read
// buffer, and a record is parsed into the caller's JsonlRecord: no copy or allocation per line.
#include "jsonl_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "gazette/json.h"

namespace gazette_cli {
namespace {

// Nonzero when one of the eight bytes of `w` ends a run of a JSON string's plain bytes: a control
// byte, '"' or '\\'. The lowest set bit marks the first such byte (a borrow only propagates upward).
inline uint64_t NeedsLook(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t q = w ^ (kOnes * '"'), b = w ^ (kOnes * '\\');
  return ((w - kOnes * 0x20) & ~w & kHigh) | ((q - kOnes) & ~q & kHigh) | ((b - kOnes) & ~b & kHigh);
}

class SimpleRecordParser {
 public:
  explicit SimpleRecordParser(std::string_view line) : s_(line) {}

  // True when the line is an object of string fields "id" (optional) and "text", each at most once.
  bool Parse(JsonlRecord* out) {
    bool has_id = false, has_text = false;
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    while (true) {
      std::string key;
      if (!String(&key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (key == "id" && !has_id) {
        if (!String(&out->id)) return false;
        has_id = true;
      } else if (key == "text" && !has_text) {
        if (!String(&out->text)) return false;
        has_text = true;
      } else {
        return false;
      }
      SkipSpace();
      if (Eat('}')) break;
      if (!Eat(',')) return false;
      SkipSpace();
    }
    SkipSpace();
    if (pos_ != s_.size() || !has_text) return false;
    out->extra = nlohmann::json::object();
    if (has_id) out->extra["id"] = out->id;
    return true;
  }

 private:
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool Eat(char c) {
    if (pos_ >= s_.size() || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool Hex4(uint32_t* out) {
    if (pos_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    *out = v;
    return true;
  }
  // A JSON string; false on anything the general parser would reject or treat specially (raw
  // control characters, bad escapes, lone surrogates).
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    out->clear();
    std::size_t run = pos_;
    while (pos_ < s_.size()) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (pos_ + 8 <= s_.size()) {  // eight plain bytes at a time (the first in memory is the lowest)
        uint64_t w;
        std::memcpy(&w, s_.data() + pos_, 8);
        const uint64_t look = NeedsLook(w);
        if (look == 0) {
          pos_ += 8;
          continue;
        }
        pos_ += static_cast<std::size_t>(__builtin_ctzll(look)) >> 3;
      }
#endif
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        out->append(s_.data() + run, pos_ - run);
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c != '\\') {
        ++pos_;
        continue;
      }
      out->append(s_.data() + run, pos_ - run);
      if (++pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low = 0;
            if (!Eat('\\') || !Eat('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          gazette::AppendUtf8(static_cast<char32_t>(cp), out);
          break;
        }
        default:
          return false;
      }
      run = pos_;
    }
    return false;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

LineReader::LineReader(std::FILE* file, std::size_t buffer_bytes) : file_(file), buf_(std::max<std::size_t>(buffer_bytes, 16)) {}

bool LineReader::Next(std::string_view* line) {
  while (true) {
    const char* start = buf_.data() + begin_;
    if (const void* nl = std::memchr(buf_.data() + scanned_, '\n', end_ - scanned_)) {
      const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
      *line = std::string_view(start, at - begin_);
      begin_ = scanned_ = at + 1;
      return true;
    }
    scanned_ = end_;
    if (eof_) {
      if (begin_ == end_) return false;
      *line = std::string_view(start, end_ - begin_);  // the last line, without '\n'
      begin_ = scanned_ = end_;
      return true;
    }
    // Keep the partial line, at the front of the buffer, and read more after it.
    const std::size_t keep = end_ - begin_;
    if (begin_ > 0) std::memmove(buf_.data(), start, keep);
    begin_ = 0;
    scanned_ = end_ = keep;
    if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
    const std::size_t got = std::fread(buf_.data() + end_, 1, buf_.size() - end_, file_);
    end_ += got;
    if (got == 0) {
      eof_ = true;
      error_ = std::ferror(file_) != 0;
      if (error_) return false;
    }
  }
}

JsonlLine ParseJsonlLine(std::string_view line, const std::string& default_id, JsonlRecord* out, std::string* error) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (gazette::IsValidUtf8(line)) {
    // Read into *out directly, so that a record reused line after line keeps its strings' capacity;
    // what a declined line left there is cleared before the general path.
    if (SimpleRecordParser(line).Parse(out)) {
      if (out->extra.empty()) out->id = default_id;  // no "id" field
      out->warning.clear();
      return JsonlLine::kDocument;
    }
    out->id.clear();
    out->text.clear();
  }
  return ParseJsonlLineGeneral(line, default_id, out, error);
}

JsonlLine ParseJsonlLineGeneral(std::string_view line, const std::string& default_id, JsonlRecord* out, std::string* error) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return JsonlLine::kBlank;
  std::string clean = gazette::SanitizeUtf8(line);
  out->warning = clean == line ? "" : "input line had invalid UTF-8, read as U+FFFD";
  nlohmann::json j = nlohmann::json::parse(clean, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *error = "not a JSON object";
    return JsonlLine::kError;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    *error = "missing string field \"text\"";
    return JsonlLine::kError;
  }
  out->text = text->get<std::string>();
  auto id = j.find("id");
  if (id == j.end()) out->id = default_id;
  else out->id = id->is_string() ? id->get<std::string>() : id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  j.erase("text");
  out->extra = std::move(j);
  return JsonlLine::kDocument;
}

}  // namespace gazette_cli
