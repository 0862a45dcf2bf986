// Acronym definitions: "Long Form (ACR)", "ACR (Long Form)" and "ACR, the Long Form" make both forms
// one entity, typed from the gazetteer when either form is known, else from the long form's head word.
#include "rule_scan.h"

#include <algorithm>

namespace gazette {

namespace {

std::string Initials(const Scan& scan, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i) {
    const Token& t = scan.tok(i);
    if (t.kind != TokenKind::kWord) continue;
    std::string_view k = scan.key(i);
    if (!k.empty() && k.back() == '\'') continue;
    out.push_back(k[0]);
  }
  return out;
}

bool IsSubsequence(const std::string& needle, const std::string& hay) {
  std::size_t j = 0;
  for (char c : hay)
    if (j < needle.size() && c == needle[j]) ++j;
  return j == needle.size();
}

std::string AcronymLetters(const Scan& scan, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i)
    for (char c : scan.key(i))
      if (c >= 'a' && c <= 'z') out.push_back(c);
  return out;
}

// "Japan Aerospace Exploration Agency" spells JAXA: every word of the long form gives the acronym at
// least one letter, in order, the first word its initial; at most one word gives only inner letters
// (the X of eXploration), and at most one word gives two. Connectors ("of", "de la") give none. For
// acronyms that are not initialisms.
bool SpelledByEveryWord(const std::string& letters, const std::vector<std::string_view>& words) {
  // Can letters[j..] be spelled by words[w..], given `inner_used` words spelled without their initial?
  auto spell = [&](auto& self, std::size_t j, std::size_t w, bool inner_used) -> bool {
    if (w == words.size()) return j == letters.size();
    if (j == letters.size()) return false;
    std::string_view word = words[w];
    bool at_initial = letters[j] == word[0];
    if (!at_initial && (w == 0 || inner_used)) return false;
    // The word's share: letters[j..j+len) in order inside the word, the first at its initial if it can be.
    std::size_t pos = at_initial ? 1 : word.find(letters[j], 1);
    if (pos == std::string_view::npos) return false;
    if (!at_initial) ++pos;
    for (std::size_t len = 1; j + len <= letters.size(); ++len) {
      if (self(self, j + len, w + 1, inner_used || !at_initial)) return true;
      if (j + len == letters.size()) break;
      pos = word.find(letters[j + len], pos);
      if (pos == std::string_view::npos) break;
      ++pos;
    }
    return false;
  };
  // Two words at least, and at most one letter more than words: "BE (Belgique)" is no definition.
  return words.size() >= 2 && words.size() <= letters.size() && letters.size() <= words.size() + 1 &&
         spell(spell, 0, 0, false);
}

// Tokens [first, end) form one acronym: all-caps words (digits and glued hyphens allowed), no spaces.
bool IsAcronym(const Scan& scan, std::size_t first, std::size_t end) {
  if (end <= first || end - first > 5) return false;
  for (std::size_t i = first; i < end; ++i) {
    const Token& t = scan.tok(i);
    if (i > first && t.has(kSpaceBefore)) return false;
    if (t.has(kGluedHyphen)) continue;
    if (t.kind != TokenKind::kWord || !t.has(kAllCaps)) return false;
  }
  std::string letters = AcronymLetters(scan, first, end);
  return letters.size() >= 2 && letters.size() <= 10;
}

// The initials of a canonical name's words (connectors aside) open with `letters`: "Financial Services
// Agency of Japan" opens with FSA.
bool CanonicalOpensWith(std::string_view canonical, const std::string& letters, const EntityRules& rules) {
  std::string initials;
  std::size_t at = 0;
  while (at < canonical.size() && initials.size() < letters.size()) {
    std::size_t space = canonical.find(' ', at);
    if (space == std::string_view::npos) space = canonical.size();
    std::string word(canonical.substr(at, space - at));
    at = space + 1;
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (word.empty() || rules.connectors.count(word)) continue;
    initials.push_back(word[0]);
  }
  return initials == letters;
}

}  // namespace

void ApplyAcronymDefinitions(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  const EntityRules& rules = ctx.rules;
  std::vector<int> cover = CoveredBy(n, known);
  auto known_exact = [&](std::size_t first, std::size_t end) -> const Mention* {
    int m = first < n ? cover[first] : -1;
    if (m < 0) return nullptr;
    const Mention& exact = known[static_cast<std::size_t>(m)];
    if (exact.first_token != first || exact.end_token != end) return nullptr;
    return &exact;
  };
  auto long_form_ok = [&](std::size_t first, std::size_t end) {
    if (end <= first || !scan.IsNameWord(first) || !scan.IsNameWord(end - 1)) return false;
    for (std::size_t i = first; i < end; ++i) {
      if (scan.tok(i).has(kNewlineBefore) && i > first) return false;
      if (scan.IsNameWord(i) || scan.tok(i).has(kGluedHyphen)) continue;
      if (i > first && scan.tok(i - 1).has(kGluedHyphen) && scan.tok(i).kind == TokenKind::kWord) continue;
      if (rules.connectors.count(scan.key(i))) continue;
      return false;
    }
    return true;
  };
  // The folded words of [first, end) that are not connectors or elisions ("Centre canadien pour la
  // cybersécurité" -> centre, canadien, cybersecurite).
  auto content_words = [&](std::size_t first, std::size_t end) {
    std::vector<std::string_view> words;
    for (std::size_t i = first; i < end; ++i) {
      std::string_view k = scan.key(i);
      if (scan.tok(i).kind != TokenKind::kWord || rules.connectors.count(k) || (!k.empty() && k.back() == '\'')) continue;
      words.push_back(k);
    }
    return words;
  };
  // French long forms keep lower case after the first word ("Direction générale de la sécurité
  // intérieure (DGSI)"): such a long form must be a plain initialism of its content words.
  auto lowercase_initialism = [&](std::size_t first, std::size_t end, const std::string& letters) {
    if (end <= first || !scan.tok(first).has(kCapitalized)) return false;
    for (std::size_t i = first; i < end; ++i) {
      if (i > first && scan.tok(i).has(kNewlineBefore)) return false;
      if (scan.tok(i).kind != TokenKind::kWord && !scan.tok(i).has(kGluedHyphen)) return false;
    }
    std::string initials;
    for (std::string_view w : content_words(first, end)) initials.push_back(w[0]);
    return initials == letters;
  };
  auto type_from_heads = [&](std::size_t first, std::size_t end) -> std::string_view {
    std::string_view type;
    for (std::size_t i = first; i < end; ++i) {
      auto it = rules.acronym_head_types.find(scan.key(i));
      if (it != rules.acronym_head_types.end() && type.empty()) type = it->second;
    }
    return type;
  };
  auto define = [&](std::size_t lf_first, std::size_t lf_end, std::size_t ac_first, std::size_t ac_end,
                    bool lowercase_long_form) -> bool {
    std::string letters = AcronymLetters(scan, ac_first, ac_end);
    // Trim the long form from the left until its initials, or its words, can spell the acronym.
    while (lf_first < lf_end) {
      std::string initials = Initials(scan, lf_first, lf_end);
      if (!initials.empty() && initials[0] == letters[0] && IsSubsequence(letters, initials)) break;
      if (scan.IsNameWord(lf_first) && !rules.connectors.count(scan.key(lf_first)) && SpelledByEveryWord(letters, content_words(lf_first, lf_end))) break;
      ++lf_first;
    }
    const Mention* acr = known_exact(ac_first, ac_end);
    const Mention* lf = nullptr;
    if (lf_first >= lf_end || (!lowercase_long_form && !long_form_ok(lf_first, lf_end))) return false;
    lf = known_exact(lf_first, lf_end);
    Mention base;
    // The long form names one entity; an acronym may stand for several ("OFAC": the US Office of
    // Foreign Assets Control, the French Office anti-cybercriminalité), so a known long form wins.
    if (lf) base = *lf;
    else if (acr) base = *acr;
    else {
      std::string_view type = type_from_heads(lf_first, lf_end);
      if (type.empty()) return false;
      base = scan.Make(lf_first, lf_end, type, "rule:acronym-definition", MentionSource::kDefinition);
      scan.SetCanonical(&base, scan.Surface(ac_first, ac_end));
    }
    // "the Iranian Ministry of Intelligence Services (MOIS)": the long form starts inside a known name
    // ("Iranian Ministry of Intelligence") that it replaces; a demonym that opened that name stays.
    if (lf_first < n && cover[lf_first] >= 0) {
      const Mention& inside = known[static_cast<std::size_t>(cover[lf_first])];
      if (inside.first_token + 1 == lf_first && !inside.demonym && scan.tok(inside.first_token).has(kCapitalized)) {
        const std::size_t d = inside.first_token;
        for (uint32_t a : ctx.gazetteer.AliasesWithKey(std::string(scan.key(d)))) {
          const GazetteerEntry& country = ctx.gazetteer.entry(ctx.gazetteer.alias(a).entry);
          if (!(ctx.gazetteer.alias(a).flags & kAliasDemonym) || country.type != "COUNTRY") continue;
          Mention dm;
          dm.first_token = static_cast<uint32_t>(d);
          dm.end_token = static_cast<uint32_t>(d + 1);
          TakeAlias(ctx.gazetteer, a, &dm);
          dm.kind = MentionSource::kGazetteer;
          dm.demonym = true;
          out->push_back(dm);
          break;
        }
      }
    }
    for (auto [f, e] : {std::pair<std::size_t, std::size_t>{lf_first, lf_end}, {ac_first, ac_end}}) {
      Mention m = base;
      m.first_token = static_cast<uint32_t>(f);
      m.end_token = static_cast<uint32_t>(e);
      m.kind = MentionSource::kDefinition;
      m.demonym = false;
      // A form the gazetteer matched as this entity reports its own alias ("CCV", not the long form).
      if (const Mention* own = known_exact(f, e); own && own->canonical_id == base.canonical_id) {
        m.alias = own->alias;
        m.source = own->source;
      }
      if (m.source.rfind("gazetteer:", 0) != 0) m.source = "rule:acronym-definition";
      out->push_back(m);
    }
    return true;
  };
  // "Finland's Security and Intelligence Service (Supo)", "l'Agence nationale de cybersécurité (NÚKIB)":
  // a known acronym whose letters the long form does not spell (a name in another language, a
  // mixed-case acronym). The long form is linked to it when it is a phrase typed by a head word of the
  // acronym's type: capitalized words and connectors holding one, or a French long form in lower case
  // opened by one ("Agence ..."). Words a gazetteer already knows as something else end the search.
  auto link_known_acronym = [&](std::size_t open, const Mention& acr) {
    auto head_of_type = [&](std::size_t k) {
      auto it = rules.acronym_head_types.find(scan.key(k));
      return it != rules.acronym_head_types.end() && it->second == acr.type;
    };
    auto free = [&](std::size_t k) { return cover[k] < 0 && !scan.tok(k).has(kNewlineBefore); };
    std::size_t first = open;
    while (first > 0 && open - first < 10 && free(first - 1) && free(first) &&
           (scan.IsNameWord(first - 1) || rules.connectors.count(scan.key(first - 1)) || scan.tok(first - 1).has(kGluedHyphen)))
      --first;
    while (first < open && !scan.IsNameWord(first)) ++first;
    bool typed = false;
    int words = 0;
    for (std::size_t k = first; k < open; ++k) {
      typed |= head_of_type(k);
      words += scan.IsNameWord(k);
    }
    if (!(typed && words >= 2 && long_form_ok(first, open))) {
      first = open;
      // A demonym may stand inside the French form ("Centre belge de cybervigilance").
      auto inner_demonym = [&](std::size_t k) {
        return cover[k] >= 0 && known[static_cast<std::size_t>(cover[k])].demonym && !scan.tok(k).has(kNewlineBefore);
      };
      for (std::size_t k = open; k > 0 && open - k < 8; --k) {
        const Token& t = scan.tok(k - 1);
        if (!(free(k - 1) || (k < open && inner_demonym(k - 1))) || (t.kind != TokenKind::kWord && !t.has(kGluedHyphen))) break;
        if (t.has(kCapitalized) && head_of_type(k - 1)) { first = k - 1; break; }
      }
      if (open - first < 2) return;
    }
    Mention m = acr;
    m.first_token = static_cast<uint32_t>(first);
    m.end_token = static_cast<uint32_t>(open);
    m.kind = MentionSource::kDefinition;
    m.demonym = false;
    m.alias = {};
    m.source = "rule:acronym-definition";
    out->push_back(m);
  };
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (scan.key(i) != "(") continue;
    std::size_t close = i + 1;
    while (close < n && scan.key(close) != ")" && close - i < 16 && !scan.tok(close).has(kNewlineBefore)) ++close;
    if (close >= n || scan.key(close) != ")") continue;
    // A known name in brackets that looks like an acronym: in capitals ("NÚKIB"), or one short word
    // ("Supo"); "(Google)" after "Threat Intelligence Group" is the owner, not a short form.
    const Mention* known_acronym = known_exact(i + 1, close);
    if (known_acronym && (known_acronym->demonym ||
                          !(IsAcronym(scan, i + 1, close) || (close == i + 2 && scan.key(i + 1).size() <= 5))))
      known_acronym = nullptr;
    bool defined = false;
    if (IsAcronym(scan, i + 1, close)) {
      // Long Form (ACR): walk back over name words and connectors.
      std::size_t first = i;
      while (first > 0 && i - first < 12 && !scan.tok(first).has(kNewlineBefore)) {
        std::size_t p = first - 1;
        bool hyphen_part = p > 0 && scan.tok(p - 1).has(kGluedHyphen) && scan.tok(p).kind == TokenKind::kWord;
        if (scan.IsNameWord(p) || hyphen_part || scan.tok(p).has(kGluedHyphen) ||
            rules.connectors.count(scan.key(p)))
          first = p;
        else
          break;
      }
      while (first < i && !scan.IsNameWord(first)) ++first;
      if (first < i) {
        defined = define(first, i, i + 1, close, false);
      }
      if (!defined) {
        // "Centre canadien pour la cybersécurité (CCC)": the nearest capitalized word within 10 tokens
        // that opens a lower-case initialism of the acronym.
        std::string letters = AcronymLetters(scan, i + 1, close);
        for (std::size_t k = i; k > 0 && i - k < 10; --k) {
          std::size_t start = k - 1;
          if (scan.tok(start).kind != TokenKind::kWord || scan.tok(start + 1).has(kNewlineBefore)) break;
          if (lowercase_initialism(start, i, letters)) { defined = define(start, i, i + 1, close, true); break; }
        }
      }
    } else {
      // ACR (Long Form).
      std::size_t ac_end = i, ac_first = i;
      while (ac_first > 0 && i - ac_first < 5) {
        std::size_t p = ac_first - 1;
        const Token& t = scan.tok(p);
        if ((t.kind == TokenKind::kWord && t.has(kAllCaps)) || t.has(kGluedHyphen)) ac_first = p;
        else break;
        if (t.has(kSpaceBefore) && !t.has(kGluedHyphen)) break;
      }
      if (ac_first < ac_end && IsAcronym(scan, ac_first, ac_end)) {
        std::string letters = AcronymLetters(scan, ac_first, ac_end);
        std::string initials = Initials(scan, i + 1, close);
        if (long_form_ok(i + 1, close) &&
            ((!initials.empty() && initials[0] == letters[0] && IsSubsequence(letters, initials)) ||
             SpelledByEveryWord(letters, content_words(i + 1, close))))
          define(i + 1, close, ac_first, ac_end, false);
        else if (lowercase_initialism(i + 1, close, letters))
          define(i + 1, close, ac_first, ac_end, true);
      }
    }
    if (!defined && known_acronym) link_known_acronym(i, *known_acronym);
    // "l'Agence des services financiers (FSA)": a known long form in another language than its acronym,
    // which spells the entry's canonical name ("Financial Services Agency of Japan").
    if (!defined && !known_acronym && IsAcronym(scan, i + 1, close) && cover[i - 1] >= 0) {
      const Mention& lf = known[static_cast<std::size_t>(cover[i - 1])];
      std::string letters = AcronymLetters(scan, i + 1, close);
      if (lf.end_token == i && !lf.demonym && lf.length() >= 2 && letters.size() >= 2 &&
          CanonicalOpensWith(lf.canonical, letters, rules)) {
        Mention m = lf;
        m.first_token = static_cast<uint32_t>(i + 1);
        m.end_token = static_cast<uint32_t>(close);
        m.kind = MentionSource::kDefinition;
        m.alias = {};
        m.source = "rule:acronym-definition";
        out->push_back(m);
      }
    }
  }
}

}  // namespace gazette
