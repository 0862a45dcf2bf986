// Datelines: a news article opens with the place it was filed from, in capitals, then a comma, a
// bracketed agency or a dash ("LUXEMBOURG, 3 juin –", "KUWAIT (Reuters) -"). That place is a city;
// where a country bears its capital's name (Luxembourg, Singapore, Kuwait City), the gazetteer's
// COUNTRY reading gives way to the capital, the LOCATION entry that the country's `capital`
// attribute names.
#include "rule_scan.h"

#include "normalize.h"

namespace gazette {

namespace {

// True when token `end` after a name closes a dateline's place: ",", "(" or a dash.
bool ClosesDateline(const Scan& scan, std::size_t end, std::size_t n) {
  if (end >= n) return false;
  const std::string_view key = scan.key(end);
  return key == "," || key == "(" || key == "-" || key == "\xE2\x80\x93" || key == "\xE2\x80\x94";
}

}  // namespace

void RetypeDatelineCapitals(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const Gazetteer& gz = ctx.gazetteer;
  const std::size_t n = ctx.tokens.tokens.size();
  for (Mention& m : *mentions) {
    if (m.type != "COUNTRY" || m.demonym || m.alias_index == Mention::kNoAliasIndex) continue;
    if (m.first_token != 0 && !scan.tok(m.first_token).has(kNewlineBefore)) continue;
    bool capitals = true;
    for (uint32_t k = m.first_token; k < m.end_token; ++k) capitals &= scan.tok(k).has(kAllCaps);
    if (!capitals || !ClosesDateline(scan, m.end_token, n)) continue;
    const std::string capital = FoldString(gz.entry(gz.alias(m.alias_index).entry).attribute("capital"));
    const std::string place = scan.FoldedKey(m.first_token, m.end_token);
    // "LUXEMBOURG" is "Luxembourg City"; "FRANCE" stays the country, its capital bears another name.
    if (capital != place && capital.compare(0, place.size() + 1, place + " ") != 0) continue;
    for (uint32_t a : gz.AliasesWithKey(capital)) {
      if (gz.entry(gz.alias(a).entry).type != "LOCATION") continue;
      TakeAlias(gz, a, &m);
      break;
    }
  }
}

}  // namespace gazette
