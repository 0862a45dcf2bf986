// The TSV format has no quoting or escapes: TAB ends a field, newline ends an entry, '|'
// separates aliases and "{...}" holds alias flags. So instead of escaping, every field is
// cleaned (white space runs, including TAB and newline, become one space) and an alias that
// would need one of the reserved characters is refused: the importer drops it and says why.
// Output is sorted by id so a regenerated file diffs cleanly.

#include "tsv_writer.h"

#include <algorithm>

#include "text_fold.h"

namespace gazette::import {

std::string CleanField(std::string_view text) { return CollapseWhitespace(text); }

std::string AliasSyntaxProblem(std::string_view alias) {
  if (alias.find('|') != std::string_view::npos) return "contains '|' (the alias separator)";
  if (alias.find_first_of("{}") != std::string_view::npos) {
    return "contains a brace (alias flags syntax)";
  }
  return "";
}

std::string CleanCanonical(std::string_view name, bool* changed) {
  std::string out = CleanField(name);
  *changed = false;
  for (char& c : out) {
    const char replacement = c == '|' ? '/' : c == '{' ? '(' : c == '}' ? ')' : c;
    if (replacement != c) {
      c = replacement;
      *changed = true;
    }
  }
  return out;
}

std::string CleanAttributeValue(std::string_view value) {
  std::string out = CleanField(value);
  std::replace(out.begin(), out.end(), ';', ',');
  return out;
}

std::string FormatAlias(const Alias& alias) {
  std::string out = CleanField(alias.name);
  if (!alias.flags.empty()) {
    out.push_back('{');
    for (std::size_t i = 0; i < alias.flags.size(); ++i) {
      if (i > 0) out.push_back(',');
      out += CleanField(alias.flags[i]);
    }
    out.push_back('}');
  }
  return out;
}

std::string FormatAttributes(const std::vector<Attribute>& attributes) {
  std::string out;
  for (const Attribute& a : attributes) {
    if (!out.empty()) out.push_back(';');
    out += CleanField(a.key);
    out.push_back('=');
    out += CleanAttributeValue(a.value);
  }
  return out;
}

void WriteTsv(const std::vector<std::string>& comment_lines, std::vector<Entry> entries,
              std::ostream& out) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.id != b.id ? a.id < b.id : a.type < b.type;
  });
  for (const std::string& line : comment_lines) out << "# " << CleanField(line) << '\n';
  out << kTsvColumnHeader << '\n';
  for (const Entry& e : entries) {
    std::string aliases;
    for (const Alias& a : e.aliases) {
      if (!aliases.empty()) aliases.push_back('|');
      aliases += FormatAlias(a);
    }
    out << CleanField(e.id) << '\t' << CleanField(e.type) << '\t' << CleanField(e.canonical)
        << '\t' << aliases << '\t' << FormatAttributes(e.attributes) << '\n';
  }
}

}  // namespace gazette::import
