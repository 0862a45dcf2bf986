// Person names known by their shape, with no title or list to announce them: a listed given name
// (gazetteers/given_names.txt) before one or two capitalized surname words ("Daniel Otieno told
// reporters", "selon Sophie Lavallée", "Marc-Antoine Roy", "Jean de La Fontaine"), or a Chinese or Korean
// family name (`family_name_first`) before its given name ("Zhao Yifan", "Kim Jong Un").
//
// A capitalized pair is a name far less often than it looks, so every word is checked: no word may be a
// known mention ("Jordan Valley", "Paris"; a one-word town may end the name: "Dmitry Korolyov"), a non-name word ("May"), a head word of a head rule or a firm's
// generic word or legal form ("Daniel Bank", "Peter Data Labs"); the capitalized run must end with the
// name ("Peter Fjordline Data Services" is a firm's) and not continue one before it ("Fort William Henry");
// a word that is also a common word ("Will", "Mark", "Grant", "Brown") needs a reporting context from the
// rule ("Will Okafor said", "according to Mark Mwangi"), and two such words are no name.
#include <string>

#include "rule_scan.h"

namespace gazette {

namespace {

// "Yifan", "Jong", "Chol", "Xiaoming": one or two syllables of romanized Chinese or Korean, each up to
// two onset consonants, one to three vowels and an optional final n, ng, r, l, k, p or m. Words with
// consonant clusters ("Microsystems", "Bank") fail; it is a loose shape test, the other guards stay.
bool LooksSyllabic(std::string_view w) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  std::size_t p = 0;
  int syllables = 0;
  while (p < w.size()) {
    if (++syllables > 2) return false;
    for (int onset = 0; onset < 2 && p < w.size() && letter(w[p]) && !vowel(w[p]); ++onset) ++p;
    const std::size_t nucleus = p;
    while (p < w.size() && p - nucleus < 3 && vowel(w[p])) ++p;
    if (p == nucleus) return false;
    if (w.substr(p, 2) == "ng" && (p + 2 == w.size() || !vowel(w[p + 2]))) p += 2;
    else if (p < w.size() && std::string_view("nrlkpm").find(w[p]) != std::string_view::npos &&
             (p + 1 == w.size() || !vowel(w[p + 1])))
      ++p;
  }
  return syllables > 0;
}

// A head word of a head rule, a firm's generic word or the first word of a legal form: the capitalized
// pair is an organization's name ("Daniel Bank", "Otieno Technologies", "Peter Ltd").
bool IsNameHeadWord(const EntityRules& rules, std::string_view key) {
  if (rules.head_index.find(key) != rules.head_index.end() || rules.company_generic_words.count(key)) return true;
  for (const Phrase& p : rules.company_suffixes)
    if (!p.empty() && p[0] == key) return true;
  return false;
}

bool MatchesBefore(const Scan& scan, std::size_t i, const std::vector<Phrase>& phrases) {
  for (const Phrase& p : phrases)
    if (i >= p.size() && scan.Matches(i - p.size(), p) && !scan.tok(i).has(kNewlineBefore)) return true;
  return false;
}

bool MatchesAfter(const Scan& scan, std::size_t end, const std::vector<Phrase>& phrases) {
  for (const Phrase& p : phrases)
    if (end < scan.size() && !scan.tok(end).has(kNewlineBefore) && scan.Matches(end, p)) return true;
  return false;
}

// The given name at i, alone or as a listed compound ("Jean-Pierre", "Kassym-Jomart").
bool IsGivenName(const Scan& scan, std::size_t i) {
  const EntityRules& rules = scan.ctx().rules;
  if (rules.given_names.contains(scan.key(i), scan.hash(i))) return true;
  if (i + 2 >= scan.size() || !scan.tok(i + 1).has(kGluedHyphen)) return false;
  std::string compound(scan.key(i));
  compound += '-';
  compound += scan.key(i + 2);
  return rules.given_names.count(compound) != 0;
}

}  // namespace

void ApplyPersonNameRules(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  const EntityRules& rules = ctx.rules;
  if (rules.person_name_rules.empty()) return;
  Scan scan(ctx);
  const std::size_t n = scan.size();
  const std::vector<int> cover = CoveredBy(n, known);
  auto known_at = [&](std::size_t k) -> const Mention* {
    return cover[k] >= 0 ? &known[static_cast<std::size_t>(cover[k])] : nullptr;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = scan.tok(i);
    if (cover[i] >= 0 || t.kind != TokenKind::kWord || !t.has(kCapitalized) || t.has(kAllCaps) || t.has(kHasDigit)) continue;
    if (rules.non_name_words.contains(scan.key(i), scan.hash(i))) continue;
    if (i > 0 && scan.tok(i - 1).has(kGluedHyphen)) continue;  // "Saint-Jean"
    // "Fort William Henry", "Lake Sophie": a capitalized word before continues another name; a title, a
    // non-name word or a known mention other than a person ("Kenyan Daniel Otieno") does not.
    if (i > 0 && !t.has(kNewlineBefore) && scan.IsNameWord(i - 1)) {
      const Mention* before = known_at(i - 1);
      const std::string_view k = scan.key(i - 1);
      if (!(before ? before->type != "PERSON" : rules.person_titles.count(k) || rules.non_name_words.count(k))) continue;
    }
    const bool given = IsGivenName(scan, i);
    const bool family = rules.family_name_first.contains(scan.key(i), scan.hash(i));
    if (!given && !family) continue;
    for (const PersonNameRule& rule : rules.person_name_rules) {
      if (rule.family_name_first ? !family : !given) continue;
      std::size_t end = scan.NameForward(i, rule.max_words, true);
      auto on_line = [&](std::size_t k) { return k < n && !scan.tok(k).has(kNewlineBefore); };
      // "Abdel Fattah el-Sisi", "Mohammed al-Hashimi": a lower-case particle glued to the surname by a hyphen.
      if (on_line(end + 2) && rules.particles.count(scan.key(end)) && scan.tok(end + 1).has(kGluedHyphen) &&
          scan.IsNameWord(end + 2))
        end += 3;
      // The run goes on past the name: a longer name, a firm's ("Peter Fjordline Data Services",
      // "Ernst & Young"), unless a title ends it ("Daniel Otieno MP"; not "Martin Luther King Jr").
      if (on_line(end)) {
        const std::string_view next = scan.key(end);
        const bool title = rules.person_titles.count(next) != 0 && !(on_line(end + 1) && scan.IsNameWord(end + 1));
        if ((scan.IsNameWord(end) && !title) || next == "&" || (scan.tok(end).has(kCapitalized) && IsNameHeadWord(rules, next)))
          continue;
      }
      int words = 0, ambiguous = 0;
      bool ok = true, particle = false, later_common = false;
      for (std::size_t k = i; k < end && ok; ++k) {
        if (k > i && k + 1 < end && rules.particles.count(scan.key(k))) {  // "Jean de La Fontaine"
          particle = true;
          continue;
        }
        if (!scan.IsNameWord(k) && !(k > i && scan.tok(k - 1).has(kGluedHyphen))) continue;  // hyphens
        // "Marc-Antoine": one word; "el-Sisi": the particle's surname counts.
        const bool compound_part = k > i && scan.tok(k - 1).has(kGluedHyphen) && scan.IsNameWord(k - 2);
        words += !compound_part;
        const std::string_view key = scan.key(k);
        // "Dmitry Korolyov", "Paul Chichester": a surname may also name a town, known as a one-word place,
        // when it ends the name after a given name that is no common word.
        const Mention* place = known_at(k);
        const bool place_surname = place != nullptr && place->type == "LOCATION" && place->first_token == k &&
                                   place->end_token == k + 1 && k + 1 == end && !rule.family_name_first &&
                                   !IsCommonWord(rules, scan.key(i));
        if (k > i && ((cover[k] >= 0 && !place_surname) || rules.non_name_words.count(key) || IsNameHeadWord(rules, key)))
          ok = false;
        if (k > i && rule.syllabic && !LooksSyllabic(key)) ok = false;
        // "Kim Jong Un", "Moon Jae-in": a short Korean syllable may spell a common word.
        const bool short_syllable = rule.syllabic && k > i && key.size() <= 2;
        if (!compound_part && !short_syllable && IsCommonWord(rules, key)) {
          ++ambiguous;
          later_common |= k > i;
          // "Park Avenue", "Song Dynasty": a family name's given name is never a common word.
          if (rule.family_name_first && k > i) ok = false;
        }
      }
      if (!ok || words < rule.min_words || ambiguous > 1 || (words > 2 && later_common)) continue;
      // "la Ville de Gatineau", "the Grant Fund": an opener that is a common word after an article, or
      // before a particle, is that word.
      const bool common_opener = IsCommonWord(rules, scan.key(i));
      if (common_opener && (particle || (i > 0 && rule.articles.contains(scan.key(i - 1), scan.hash(i - 1))))) continue;
      // "Will Okafor said", "Long Yun, a researcher": a common word in the name needs the rule's context; in a
      // name of three words only the first may be one ("Ivan Rusk Turns, the paper says" is a headline).
      if (ambiguous == 1 && !MatchesBefore(scan, i, rule.context_before) && !MatchesAfter(scan, end, rule.context_after))
        continue;
      out->push_back(scan.Make(i, end, "PERSON", rule.source, MentionSource::kTokenRule));
      break;
    }
  }
}

}  // namespace gazette
