// Names with a nationality inside: French puts the adjective right after the head noun ("le ministère
// chinois de la Sécurité d'État", "l'Agence russe de ..."), where the gazetteer knows the name without
// it ("ministère de la Sécurité d'État"). The head word, the demonym and the rest of the name make one
// mention of the known entry, but only when that entry belongs to the demonym's country: "ministère
// russe des Affaires étrangères" is not the entry of a generic "ministère des Affaires étrangères", and
// keeps its COUNTRY mention.
#include "rule_scan.h"

namespace gazette {

namespace {

// Words after the demonym that a known name may hold: the longest French agency names run to about
// eight ("de la sécurité des systèmes d'information").
constexpr std::size_t kMaxWordsAfter = 8;

}  // namespace

void ApplyInnerDemonyms(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  const Gazetteer& gz = ctx.gazetteer;
  std::vector<int> cover = CoveredBy(n, known);
  for (const Mention& d : known) {
    if (!d.demonym || d.first_token == 0 || d.end_token >= n) continue;
    const std::size_t head = d.first_token - 1;
    const Token& h = scan.tok(head);
    if (h.kind != TokenKind::kWord || cover[head] >= 0 || scan.tok(d.first_token).has(kNewlineBefore)) continue;
    const std::string_view country = MentionedCountryCode(d);
    if (country.empty()) continue;
    std::string key(scan.key(head));
    bool capital = false;
    const GazetteerEntry* best = nullptr;
    uint32_t best_alias = 0;
    std::size_t best_end = 0;
    for (std::size_t k = d.end_token; k < n && k - d.end_token < kMaxWordsAfter; ++k) {
      const Token& t = scan.tok(k);
      if (t.has(kNewlineBefore) || (t.kind != TokenKind::kWord && !t.has(kGluedHyphen))) break;
      if (t.has(kGluedHyphen)) continue;  // alias keys drop glued hyphens
      key.push_back(' ');
      key.append(scan.key(k));
      capital |= t.has(kCapitalized);
      // "le ministère chinois de la défense" in lower case is a description, as the gazetteer's
      // "ministère de ..." aliases want a capital after their first word.
      if (!capital) continue;
      for (uint32_t a : gz.AliasesWithKey(key)) {
        const GazetteerEntry& e = gz.entry(gz.alias(a).entry);
        if (e.type == "COUNTRY" || e.attribute("country") != country) continue;
        best = &e;
        best_alias = a;
        best_end = k + 1;
        break;
      }
    }
    if (!best) continue;
    Mention m;
    m.first_token = static_cast<uint32_t>(head);
    m.end_token = static_cast<uint32_t>(best_end);
    m.type = best->type;
    m.canonical = best->canonical;
    m.canonical_id = best->id;
    m.alias = gz.alias(best_alias).text;
    m.source = "rule:demonym-inside-name";
    m.kind = MentionSource::kGazetteer;
    out->push_back(m);
  }
}

}  // namespace gazette
