// The strict TSV loader. It reads a whole file and reports every problem it finds, each with the
// file, line and column of the offending field and the token quoted, then goes on with the next
// line: a user fixing a list sees all of its mistakes at once. Two headers are known: the gazetteer
// header (id, type, canonical, aliases, attributes) and the deny-list header (surface, type, entry).
#include <algorithm>

#include "gazetteer_data.h"
#include "normalize.h"
#include "tokenize.h"
#include "utf8.h"

namespace gazette {
namespace {

constexpr std::string_view kGazetteerHeader[] = {"id", "type", "canonical", "aliases", "attributes"};
constexpr std::string_view kDenyHeader[] = {"surface", "type", "entry"};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

class TsvLoader {
 public:
  TsvLoader(const std::string& file, const Config& config, GazetteerData* data, std::vector<Error>* errors)
      : file_(file), config_(config), data_(data), errors_(errors) {}

  void Load(std::string_view content) {
    if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    int line_no = 0;
    std::size_t pos = 0;
    while (pos <= content.size()) {
      std::size_t nl = content.find('\n', pos);
      std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      ++line_no;
      pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (Trim(line).empty() || line.front() == '#') continue;
      if (!IsValidUtf8(line)) {
        Report(ErrorCode::kInvalidUtf8, line_no, FirstInvalidColumn(line), "line is not valid UTF-8");
        continue;
      }
      std::vector<std::string_view> fields = SplitTabs(line);
      if (mode_ == Mode::kHeader) {
        ReadHeader(fields, line_no);
        if (mode_ == Mode::kHeader) return;  // unusable file: reported once
        continue;
      }
      std::size_t want = mode_ == Mode::kGazetteer ? std::size(kGazetteerHeader) : std::size(kDenyHeader);
      if (fields.size() != want) {
        Report(ErrorCode::kColumnCount, line_no, 1,
               "expected " + std::to_string(want) + " tab-separated fields, found " + std::to_string(fields.size()));
        continue;
      }
      if (mode_ == Mode::kGazetteer) ReadEntry(fields, line_no, line);
      else ReadDeny(fields, line_no, line);
    }
    if (mode_ == Mode::kHeader) Report(ErrorCode::kBadHeader, 1, 1, "file has no header row");
  }

 private:
  enum class Mode { kHeader, kGazetteer, kDeny };

  void Report(ErrorCode code, int line, int column, std::string message) {
    errors_->push_back(Error{code, file_, line, column, std::move(message)});
  }

  // 1-based column of the first byte that does not start a valid UTF-8 sequence.
  static int FirstInvalidColumn(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size()) {
      if (static_cast<unsigned char>(line[i]) < 0x80) { ++i; continue; }
      std::size_t len = 0;
      for (std::size_t k = 2; k <= 4 && i + k <= line.size() && len == 0; ++k)
        if (IsValidUtf8(line.substr(i, k))) len = k;
      if (len == 0) return static_cast<int>(i + 1);
      i += len;
    }
    return 1;
  }


  static int ColumnOf(std::string_view line, std::string_view field) {
    return static_cast<int>(field.data() - line.data()) + 1;
  }

  void ReadHeader(const std::vector<std::string_view>& fields, int line_no) {
    auto matches = [&](auto& header) {
      if (fields.size() != std::size(header)) return false;
      for (std::size_t i = 0; i < fields.size(); ++i)
        if (Trim(fields[i]) != header[i]) return false;
      return true;
    };
    if (matches(kGazetteerHeader)) mode_ = Mode::kGazetteer;
    else if (matches(kDenyHeader)) mode_ = Mode::kDeny;
    else
      Report(ErrorCode::kBadHeader, line_no, 1,
             "header must be \"id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes\" (gazetteer) or "
             "\"surface<TAB>type<TAB>entry\" (deny list)");
  }

  bool CheckType(std::string_view type, int line_no, int column) {
    if (IsValidTypeName(type)) return true;
    Report(ErrorCode::kUnknownType, line_no, column,
           "invalid entity type \"" + std::string(type) +
               "\" (known: GROUP, AGENCY, ORGANIZATION, PERSON, COUNTRY, LOCATION, MALWARE; user types are "
               "upper-case letters, digits and _)");
    return false;
  }

  void ReadEntry(const std::vector<std::string_view>& f, int line_no, std::string_view line) {
    std::string_view id = Trim(f[0]), type = Trim(f[1]), canonical = Trim(f[2]);
    bool ok = true;
    std::size_t colon = id.find(':');
    if (id.empty() || colon == 0 || colon == std::string_view::npos || colon + 1 == id.size() ||
        id.find_first_of(" \t|{}") != std::string_view::npos) {
      Report(ErrorCode::kBadId, line_no, ColumnOf(line, f[0]), "invalid id \"" + std::string(id) + "\" (want prefix:slug)");
      ok = false;
    }
    if (!CheckType(type, line_no, ColumnOf(line, f[1]))) ok = false;
    if (canonical.empty()) {
      Report(ErrorCode::kEmptyAlias, line_no, ColumnOf(line, f[2]), "empty canonical name");
      ok = false;
    }
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string_view attrs = Trim(f[4]);
    std::size_t b = 0;
    while (!attrs.empty() && b <= attrs.size()) {
      std::size_t e = attrs.find(';', b);
      if (e == std::string_view::npos) e = attrs.size();
      std::string_view kv = Trim(attrs.substr(b, e - b));
      if (!kv.empty()) {
        std::size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          Report(ErrorCode::kBadAttribute, line_no, ColumnOf(line, kv), "attribute \"" + std::string(kv) + "\" is not key=value");
          ok = false;
        } else {
          attributes.emplace_back(std::string(Trim(kv.substr(0, eq))), std::string(Trim(kv.substr(eq + 1))));
        }
      }
      b = e + 1;
    }
    if (!ok) return;
    std::string id_s(id);
    uint32_t index;
    auto found = data_->entry_by_id.find(id);
    if (found != data_->entry_by_id.end()) {
      index = found->second;
      GazetteerEntry& existing = data_->entries[index];
      if (existing.file == file_) {
        Report(ErrorCode::kDuplicateId, line_no, ColumnOf(line, f[0]),
               "duplicate id \"" + id_s + "\" (first at line " + std::to_string(existing.line) + ")");
        return;
      }
      if (existing.type != type || existing.canonical != canonical) {
        Report(ErrorCode::kConflictingEntry, line_no, ColumnOf(line, f[0]),
               "entry \"" + id_s + "\" conflicts with " + existing.file + ":" + std::to_string(existing.line) +
                   " (type or canonical name differs: " + existing.type + " \"" + existing.canonical + "\")");
        return;
      }
      for (auto& kv : attributes) existing.attributes.push_back(std::move(kv));
    } else {
      index = static_cast<uint32_t>(data_->entries.size());
      data_->entries.push_back(GazetteerEntry{id_s, std::string(type), std::string(canonical), std::move(attributes), file_, line_no});
      data_->entry_by_id.emplace(id_s, index);
      AddAlias(index, canonical, kAliasCanonical, line_no, ColumnOf(line, f[2]));
    }
    std::string_view aliases = f[3];
    std::size_t a = 0;
    while (a <= aliases.size() && !Trim(aliases).empty()) {
      std::size_t e = aliases.find('|', a);
      if (e == std::string_view::npos) e = aliases.size();
      std::string_view raw = aliases.substr(a, e - a);
      ReadAlias(index, raw, line_no, ColumnOf(line, raw.empty() ? aliases.substr(std::min(a, aliases.size())) : raw));
      a = e + 1;
    }
  }

  void ReadAlias(uint32_t entry, std::string_view raw, int line_no, int column) {
    std::string_view text = Trim(raw);
    uint16_t flags = 0;
    if (!text.empty() && text.back() == '}') {
      std::size_t open = text.rfind('{');
      if (open != std::string_view::npos) {
        std::string_view list = text.substr(open + 1, text.size() - open - 2);
        text = Trim(text.substr(0, open));
        std::size_t b = 0;
        while (b <= list.size()) {
          std::size_t e = list.find(',', b);
          if (e == std::string_view::npos) e = list.size();
          std::string_view flag = Trim(list.substr(b, e - b));
          if (flag == "cs") flags |= kAliasCaseSensitive;
          else if (flag == "ci") flags |= kAliasCaseInsensitive;
          else if (flag == "cap") flags |= kAliasCapitalized;
          else if (flag == "demonym") flags |= kAliasDemonym;
          else if (flag == "ambiguous") flags |= kAliasAmbiguous;
          else if (flag == "preferred") flags |= kAliasPreferred | kAliasAmbiguous;
          else
            Report(ErrorCode::kUnknownFlag, line_no, column,
                   "unknown alias flag \"" + std::string(flag) + "\" on \"" + std::string(text) +
                       "\" (known: cs, ci, cap, demonym, ambiguous, preferred)");
          b = e + 1;
        }
      }
    }
    if (text.empty()) {
      Report(ErrorCode::kEmptyAlias, line_no, column, "empty alias");
      return;
    }
    AddAlias(entry, text, flags, line_no, column);
  }

  void AddAlias(uint32_t entry, std::string_view text, uint16_t flags, int line_no, int column) {
    if (text.size() > config_.max_alias_bytes) {
      Report(ErrorCode::kAliasTooLong, line_no, column,
             "alias \"" + std::string(text.substr(0, 40)) + "...\" is longer than " +
                 std::to_string(config_.max_alias_bytes) + " bytes");
      return;
    }
    data_->aliases.push_back(AliasRecord{entry, std::string(text), flags, file_, line_no, column});
  }

  void ReadDeny(const std::vector<std::string_view>& f, int line_no, std::string_view line) {
    std::string_view surface = Trim(f[0]), type = Trim(f[1]), entry = Trim(f[2]);
    if (surface.empty()) {
      Report(ErrorCode::kEmptyAlias, line_no, ColumnOf(line, f[0]), "empty surface");
      return;
    }
    if (!type.empty() && !CheckType(type, line_no, ColumnOf(line, f[1]))) return;
    TokenizedText tokens = Tokenize(surface);
    std::string key;
    for (const Token& t : tokens.tokens) {
      if (t.has(kGluedHyphen)) continue;
      if (!key.empty()) key.push_back(' ');
      key.append(tokens.key(t));
    }
    data_->deny.push_back(DenyRule{key, std::string(type), std::string(entry)});
  }

  const std::string& file_;
  const Config& config_;
  GazetteerData* data_;
  std::vector<Error>* errors_;
  Mode mode_ = Mode::kHeader;
};

}  // namespace

bool IsValidTypeName(std::string_view type) {
  if (type.empty() || type.size() > 32 || !(type[0] >= 'A' && type[0] <= 'Z')) return false;
  for (char c : type)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

void LoadGazetteerTsv(std::string_view content, const std::string& file, const Config& config, GazetteerData* data,
                      std::vector<Error>* errors) {
  TsvLoader(file, config, data, errors).Load(content);
}

}  // namespace gazette
