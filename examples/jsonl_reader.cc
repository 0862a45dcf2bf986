// One JSONL record: sanitize invalid UTF-8 (so nlohmann's strict parser accepts the line and no
// document is lost), parse without exceptions, check the fields.
#include "jsonl_reader.h"

#include "gazette/json.h"

namespace gazette_cli {

JsonlLine ParseJsonlLine(std::string line, const std::string& default_id, JsonlRecord* out, std::string* error) {
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
