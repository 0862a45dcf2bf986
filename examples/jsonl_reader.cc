// One JSONL record: sanitize invalid UTF-8 (so nlohmann's strict parser accepts the line and no
// document is lost), parse without exceptions, check the fields. The common record, {"id": "...",
// "text": "..."} and nothing else, is read by a small direct parser first (a JSON tree per line cost
// as much as a tenth of the extraction); anything else, including every malformed line, takes the
// general path, so both give the same results.
#include "jsonl_reader.h"

#include <string_view>

#include "gazette/json.h"

namespace gazette_cli {
namespace {

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

JsonlLine ParseJsonlLine(std::string line, const std::string& default_id, JsonlRecord* out, std::string* error) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (gazette::IsValidUtf8(line)) {
    JsonlRecord simple;
    if (SimpleRecordParser(line).Parse(&simple)) {
      if (simple.extra.empty()) simple.id = default_id;  // no "id" field
      *out = std::move(simple);
      return JsonlLine::kDocument;
    }
  }
  return ParseJsonlLineGeneral(std::move(line), default_id, out, error);
}

JsonlLine ParseJsonlLineGeneral(std::string line, const std::string& default_id, JsonlRecord* out, std::string* error) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.find_first_not_of(" \t") == std::string::npos) return JsonlLine::kBlank;
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
