// ISO 3166 alpha-2 codes as countries, only where their place says so: a cell under a "Country"
// column header, or a code in brackets next to its country ("Sweden (SE)").
#include "rule_scan.h"

#include <algorithm>

namespace gazette {

void ApplyCountryCodes(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  // The country entry a two-letter code names, or null ("SE" -> country:SE).
  auto entry_of = [&](std::size_t i) -> const GazetteerEntry* {
    const Token& t = scan.tok(i);
    std::string_view k = scan.key(i);
    if (t.kind != TokenKind::kWord || !t.has(kAllCaps) || k.size() != 2 || k[0] < 'a' || k[0] > 'z' || k[1] < 'a' || k[1] > 'z')
      return nullptr;
    std::string id = "country:";
    for (char c : k) id.push_back(static_cast<char>(c - 'a' + 'A'));
    const GazetteerEntry* e = ctx.gazetteer.FindEntry(id);
    return e && e->type == "COUNTRY" ? e : nullptr;
  };
  auto add = [&](std::size_t i, const GazetteerEntry& e, const char* source) {
    Mention m = scan.Make(i, i + 1, "COUNTRY", source, MentionSource::kTokenRule);
    m.canonical = e.canonical;
    m.canonical_id = e.id;
    m.propagates = false;  // "IT" in a Country column is Italy; "IT" elsewhere is not
    out->push_back(m);
  };
  // Tables: a block of lines opening with "|"; the first is the header. A row broken over two lines
  // (fewer cells than the header) goes on in the next line, whose first "|" closes the broken cell.
  int column = -1;      // index of the country column in the current table, -1 when none
  int header_cells = 0;
  int carry = -1;       // cells of an unfinished row, -1 when the last row was complete
  bool in_table = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && !scan.tok(i).has(kNewlineBefore)) continue;
    if (scan.key(i) != "|") { in_table = false; continue; }
    std::size_t line_end = i + 1;
    while (line_end < n && !scan.tok(line_end).has(kNewlineBefore)) ++line_end;
    if (!in_table) column = -1, carry = -1;
    int cell = 0;
    std::size_t cell_first = i + 1, k = i + 1;
    if (carry >= 0) cell = carry - 1, cell_first = i, k = i;
    for (; k <= line_end; ++k) {
      if (k < line_end && scan.key(k) != "|") continue;
      if (!in_table) {
        if (column < 0 && ctx.rules.country_columns.count(scan.FoldedKey(cell_first, k))) column = cell;
      } else if (cell == column && k == cell_first + 1) {
        if (const GazetteerEntry* e = entry_of(cell_first)) add(cell_first, *e, "rule:country-code-column");
      }
      ++cell;
      cell_first = k + 1;
    }
    if (!in_table) header_cells = cell;
    carry = in_table && cell < header_cells ? cell : -1;
    in_table = true;
    i = line_end - 1;
  }
  // "PS (Palestine)" and "Sweden (SE)": a code beside its own country.
  std::vector<int> cover = CoveredBy(n, known);
  auto country_at = [&](std::size_t first, std::size_t end) -> const Mention* {
    int m = first < n ? cover[first] : -1;
    if (m < 0) return nullptr;
    const Mention& c = known[static_cast<std::size_t>(m)];
    if (c.type != "COUNTRY" || c.first_token != first || c.end_token != end) return nullptr;
    return &c;
  };
  for (std::size_t i = 0; i + 3 < n; ++i) {
    if (scan.key(i + 1) != "(") continue;
    const GazetteerEntry* e = entry_of(i);
    if (e && cover[i] < 0) {
      std::size_t close = i + 2;
      while (close < n && close < i + 8 && scan.key(close) != ")") ++close;
      const Mention* c = close < n ? country_at(i + 2, close) : nullptr;
      if (c && c->canonical_id == e->id) add(i, *e, "rule:country-code-definition");
    }
    if (cover[i] >= 0 && i + 3 < n && scan.key(i + 3) == ")" && cover[i + 2] < 0) {
      const Mention& c = known[static_cast<std::size_t>(cover[i])];
      const GazetteerEntry* code = entry_of(i + 2);
      if (code && c.end_token == i + 1 && c.type == "COUNTRY" && c.canonical_id == code->id) add(i + 2, *code, "rule:country-code-definition");
    }
  }
}

}  // namespace gazette
