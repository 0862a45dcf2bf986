// Coreference within a document: later uses of a name found once get the same entity: a surname alone
// links to the full name (unless two people share it), an acronym to its definition, a cue-typed name
// to its first mention; a surname a title rule found ("Mme Fontaine") takes its full name's identity.
#include "rule_scan.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gazette {

namespace {

// Surname (folded last name word, or first for a Chinese or Korean name) -> the index of the full-name PERSON mention ending with it, or -2
// when two people of different ids share it.
StringMap<int> UniqueSurnames(const Scan& scan, const std::vector<Mention>& mentions) {
  StringMap<int> surnames;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.type != "PERSON" || x.length() < 2 || !scan.IsNameWord(x.end_token - 1)) continue;
    auto add = [&](std::string_view surname) {
      auto [it, inserted] = surnames.emplace(surname, static_cast<int>(m));
      if (!inserted && it->second >= 0 && mentions[static_cast<std::size_t>(it->second)].canonical_id != x.canonical_id)
        it->second = -2;
    };
    add(scan.key(x.end_token - 1));
    // "Gao Wei", "Ri Chol Jin": a Chinese or Korean name of two or three words opens with the surname.
    if (x.length() <= 3 && x.first_token + 1 < x.end_token &&
        scan.ctx().rules.family_name_first.count(scan.key(x.first_token)))
      add(scan.key(x.first_token));
  }
  return surnames;
}

// Tokens of a full name's surname: its last word, the particles before it ("Tom van der Lee": 3), and
// the name word before a French "d'" ("Valéry Giscard d'Estaing": 3), never the given name ("Jean
// d'Ormesson": 2; "Mary Ann O'Neil": 2, an Irish "O'" is no elision).
std::size_t SurnameLength(const Scan& scan, const Mention& full) {
  const auto& particles = scan.ctx().rules.particles;
  std::size_t first = full.end_token - 1;
  bool elided = false;
  while (first > full.first_token + 1) {
    std::string_view k = scan.key(first - 1);
    if (!particles.count(k)) break;
    elided |= k == "d'";
    --first;
  }
  if (elided && first > full.first_token + 1 && scan.IsNameWord(first - 1)) --first;
  return full.end_token - first;
}

// A word run that is a place or a country on its own ("Chengdu", "Hong Kong"), by the gazetteer.
bool IsPlaceName(const Scan& scan, std::size_t first, std::size_t end) {
  const Gazetteer& g = scan.ctx().gazetteer;
  for (uint32_t a : g.AliasesWithKey(scan.FoldedKey(first, end))) {
    const std::string& type = g.entry(g.alias(a).entry).type;
    if (type == "LOCATION" || type == "COUNTRY") return true;
  }
  return false;
}

// "Kazenami Exchange" ... "Kazenami", "Chengdu Hengyun Information Technology" ... "Hengyun": the
// shorter names a firm goes by later, as token ranges: without its generic last words
// (`company_generic_words`), and then without a place opening it. A short form is never a lone common
// word nor a place.
std::vector<std::pair<std::size_t, std::size_t>> CompanyShortForms(const Scan& scan, const Mention& x) {
  const EntityRules& rules = scan.ctx().rules;
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t end = x.end_token;
  while (end > x.first_token + 1 && rules.company_generic_words.count(scan.key(end - 1)) && scan.IsNameWord(end - 2)) --end;
  std::size_t first = x.first_token;
  for (std::size_t place = std::min<std::size_t>(2, end - first - 1); place >= 1 && first == x.first_token; --place)
    if (scan.IsNameWord(x.first_token + place) && IsPlaceName(scan, x.first_token, x.first_token + place)) first += place;
  auto add = [&](std::size_t b, std::size_t e) {
    if (e <= b || (b == x.first_token && e == x.end_token) || IsPlaceName(scan, b, e)) return;
    if (e - b == 1 && IsCommonWord(rules, scan.key(b))) return;
    out.emplace_back(b, e);
  };
  if (end < x.end_token) add(x.first_token, end);
  if (first > x.first_token) add(first, end);
  return out;
}

}  // namespace

void ApplyCoreference(const RuleContext& ctx, const std::vector<Mention>& resolved, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<int> cover = CoveredBy(n, resolved);
  const StringMap<int> surnames = UniqueSurnames(scan, resolved);
  // Folded name -> (mention index, first token of the name in it), for names that rules (not gazetteers)
  // found and their short forms (a full name that ends in no name word, such as "Halla-aho", is not among them).
  StringMap<std::pair<int, uint32_t>> names;
  // Each name's key up to its first space: a text position can match a name only if its own folded
  // key opens with the same word, and most open none, so they skip the lookups below.
  StringSet first_words;
  auto first_word = [](std::string_view key) { return key.substr(0, key.find(' ')); };
  std::size_t longest = 1;
  for (std::size_t m = 0; m < resolved.size(); ++m) {
    const Mention& x = resolved[m];
    if (x.type == "PERSON" && x.length() >= 2 && !scan.IsNameWord(x.end_token - 1)) continue;
    if (x.kind != MentionSource::kGazetteer && !x.demonym && x.propagates) {
      const auto* name = names.emplace(scan.FoldedKey(x.first_token, x.end_token), std::pair(static_cast<int>(m), x.first_token)).first;
      first_words.insert(first_word(name->first));
      longest = std::max<std::size_t>(longest, x.length());
      if (x.type == "ORGANIZATION") {
        for (auto [b, e] : CompanyShortForms(scan, x)) {
          const auto* short_form = names.emplace(scan.FoldedKey(b, e), std::pair(static_cast<int>(m), static_cast<uint32_t>(b))).first;
          first_words.insert(first_word(short_form->first));
        }
      }
    }
  }
  // A token of [b, e) that is free, or covered by a mention inside [b, e): "Obsidian Mantis", found by a
  // rule, also replaces a later "Mantis" gazetteer match written inside "Obsidian Mantis".
  auto free_in = [&](std::size_t k, std::size_t b, std::size_t e) {
    if (cover[k] < 0) return cover[k] == -1;
    const Mention& x = resolved[static_cast<std::size_t>(cover[k])];
    return x.first_token >= b && x.end_token <= e;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (cover[i] == -3 || (cover[i] >= 0 && resolved[static_cast<std::size_t>(cover[i])].first_token != i) ||
        !scan.IsNameWord(i))
      continue;
    bool matched = false;
    // FoldedKey(i, ...) opens with a non-empty key(i), so it has key(i)'s first word.
    bool may_match = !names.empty();
    if (may_match && !scan.tok(i).has(kGluedHyphen) && !scan.key(i).empty()) {
      const std::string_view word = first_word(scan.key(i));
      may_match = word.size() == scan.key(i).size() ? first_words.contains(word, scan.hash(i))
                                                    : first_words.contains(word);
    }
    for (std::size_t len = may_match ? std::min(longest, n - i) : 0; len >= 1 && !matched; --len) {
      bool free = true, some_free = false;
      for (std::size_t k = i; k < i + len; ++k) {
        free &= free_in(k, i, i + len);
        some_free |= cover[k] == -1;
      }
      if (!free || !some_free || !scan.IsNameWord(i + len - 1)) continue;
      auto it = names.find(scan.FoldedKey(i, i + len));
      if (it == names.end()) continue;
      const Mention& src = resolved[static_cast<std::size_t>(it->second.first)];
      const std::size_t form = it->second.second;  // where the name (or short form) starts in `src`
      // Same letter case as the first mention (so "groove" the word never links to "Groove").
      if (LetterCase(ctx.tokens.decoded.cps, scan.tok(i).begin, scan.tok(i + len - 1).end) !=
          LetterCase(ctx.tokens.decoded.cps, scan.tok(form).begin,
                     scan.tok(std::min<std::size_t>(src.end_token, form + len) - 1).end))
        continue;
      Mention m = src;
      m.first_token = static_cast<uint32_t>(i);
      m.end_token = static_cast<uint32_t>(i + len);
      m.kind = MentionSource::kCoreference;
      out->push_back(m);
      for (std::size_t k = i; k < i + len; ++k) cover[k] = -3;
      matched = true;
    }
    if (matched) continue;
    // "Paul Chichester, director ... Chichester added": a one-word place that is the surname of a person
    // named before it in the document is that person.
    const bool place = cover[i] >= 0 && resolved[static_cast<std::size_t>(cover[i])].type == "LOCATION" &&
                       resolved[static_cast<std::size_t>(cover[i])].length() == 1;
    if (cover[i] != -1 && !place) continue;
    auto s = surnames.find(scan.key(i), scan.hash(i));
    if (s == surnames.end() || s->second < 0) continue;
    if (place && resolved[static_cast<std::size_t>(s->second)].end_token > i) continue;
    // A lone surname, not followed by another capitalized word (that would be another full name).
    if (i + 1 < n && scan.IsNameWord(i + 1) && !scan.tok(i + 1).has(kNewlineBefore)) continue;
    // "FINK-TELECOM-SERVICES" after "Andreas Fink": the first half of a compound is no lone surname.
    if (i + 1 < n && scan.tok(i + 1).has(kGluedHyphen)) continue;
    Mention m = resolved[static_cast<std::size_t>(s->second)];
    const bool family_first = scan.key(i) == scan.key(m.first_token) && scan.key(i) != scan.key(m.end_token - 1);
    // "Long Yun ... Long delays followed": a surname that is also a word, opening a sentence, is the word.
    if (family_first && scan.tok(i).has(kSentenceInitial) && IsCommonWord(scan.ctx().rules, scan.key(i))) continue;
    // "Le Drian", "van den Berg", "Giscard d'Estaing": the surname's particles, and the name word before
    // an elided one, come with it when the text writes them as the full name does.
    const std::size_t suffix = family_first ? 1 : SurnameLength(scan, m);
    std::size_t first = i;
    if (suffix > 1 && i + 1 >= suffix) {
      bool same = true;
      for (std::size_t k = 1; k < suffix && same; ++k)
        same = cover[i - k] == -1 && scan.key(i - k) == scan.key(m.end_token - 1 - k) &&
               !scan.tok(i - k + 1).has(kNewlineBefore);
      if (same) first = i + 1 - suffix;
    }
    m.first_token = static_cast<uint32_t>(first);
    m.end_token = static_cast<uint32_t>(i + 1);
    m.kind = MentionSource::kCoreference;
    m.source = "rule:surname-coreference";
    // The place reading gives way: emptied, it is dropped when overlaps are resolved again.
    if (place)
      for (Mention& x : *out)
        if (x.first_token == i && x.end_token == i + 1 && x.type == "LOCATION") x.end_token = x.first_token;
    out->push_back(m);
  }
}

void LinkTitledSurnames(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const StringMap<int> surnames = UniqueSurnames(scan, *mentions);
  for (Mention& m : *mentions) {
    if (m.type != "PERSON" || m.length() != 1 || m.kind != MentionSource::kTokenRule) continue;
    auto it = surnames.find(scan.key(m.first_token));
    if (it == surnames.end() || it->second < 0) continue;
    const Mention& full = (*mentions)[static_cast<std::size_t>(it->second)];
    m.canonical = full.canonical;
    m.canonical_id = full.canonical_id;
  }
}

}  // namespace gazette
