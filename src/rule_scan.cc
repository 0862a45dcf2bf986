// Helpers shared by the entity rule stages (see rule_scan.h).
#include "rule_scan.h"

namespace gazette {

std::string Slug(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else if (static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string TypePrefix(std::string_view type) {
  std::string p;
  for (char c : type) p.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  if (type == "ORGANIZATION") return "org";
  return p;
}

std::string RuleEntityId(std::string_view type, std::string_view canonical) {
  // FoldString maps ASCII to ASCII and only lowers letters among what Slug keeps, so an ASCII name is
  // slugged directly, lowering as it goes.
  bool ascii = true;
  for (char c : canonical) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string folded;
  if (!ascii) folded = FoldString(canonical);
  std::string_view from = ascii ? canonical : std::string_view(folded);
  std::string out = TypePrefix(type);
  out.push_back(':');
  const std::size_t base = out.size();
  out.reserve(base + from.size());
  for (char c : from) {
    if (ascii && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else if (static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
    else if (out.size() > base && out.back() != '-') out.push_back('-');
  }
  while (out.size() > base && out.back() == '-') out.pop_back();
  return out;
}

bool IsCommonWord(const EntityRules& rules, std::string_view key) {
  auto common = [&](std::string_view w) { return !w.empty() && rules.common_words.count(w) != 0; };
  if (common(key)) return true;
  auto ends = [&](std::string_view suffix) {
    return key.size() > suffix.size() + 2 && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  for (std::string_view suffix : {"ing", "ed", "es", "s"}) {
    if (!ends(suffix)) continue;
    std::string stem(key.substr(0, key.size() - suffix.size()));
    if (common(stem) || common(stem + "e")) return true;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2] && common(stem.substr(0, stem.size() - 1))) return true;  // "shipping"
  }
  return false;
}

bool Scan::IsLowerNamePart(std::size_t i) const {
  const Token& t = tok(i);
  if (t.kind != TokenKind::kWord || t.has(kCapitalized) || t.has(kHasDigit) || t.has(kSpaceBefore)) return false;
  std::string_view k = key(i);
  const EntityRules& r = ctx_.rules;
  return k.size() >= 2 && k.back() != '\'' && !IsCommonWord(r, k) && !r.affiliation_words.count(k);
}

std::vector<int> CoveredBy(std::size_t n, const std::vector<Mention>& mentions) {
  std::vector<int> cover(n, -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    for (uint32_t t = mentions[m].first_token; t < mentions[m].end_token && t < n; ++t) cover[t] = static_cast<int>(m);
  return cover;
}

}  // namespace gazette
