// Token rules: a cue phrase next to a capitalized name ("known as X", "Senator X", "X ransomware
// gang"), a head word inside a capitalized phrase ("X Ministry", "Agence X"), and signature-list lines
// ("Name Surname MP (Country)"). Each rule is data (gazetteers/rules/entity_rules.json); this file is
// the walker that applies them.
#include "rule_scan.h"

#include <algorithm>
#include <string>

namespace gazette {

namespace {

// "le député Renaissance Paul Midy", "le sénateur (LR) de l'Oise Jean Dupont", "la députée européenne
// Nathalie Loiseau", "Minister of Defence Ben Wallace": between a title and its holder's name stand
// modifiers, a party (a known ORGANIZATION or a bracketed abbreviation) and a constituency or portfolio
// ("de l'Oise", "of Defence", "for Ilford South"). Returns where the name starts, or `first` when nothing fits: the skipped
// words must end right before a capitalized name.
std::size_t SkipAffiliation(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                            std::size_t first) {
  const std::size_t n = scan.size();
  const EntityRules& rules = scan.ctx().rules;
  auto known_at = [&](std::size_t k) -> const Mention* {
    if (k >= n || cover[k] < 0) return nullptr;
    const Mention& m = known[static_cast<std::size_t>(cover[k])];
    return m.first_token == k && m.type != "PERSON" ? &m : nullptr;
  };
  auto same_line = [&](std::size_t k) { return k < n && !scan.tok(k).has(kNewlineBefore); };
  std::size_t j = first;
  for (int modifiers = 0; modifiers < 2 && same_line(j); ++modifiers) {
    const Mention* m = known_at(j);
    if (m && m->demonym) { j = m->end_token; continue; }  // "le député belge X"
    if (!scan.tok(j).has(kCapitalized) && rules.title_modifiers.count(scan.key(j))) { ++j; continue; }
    // "la députée néo-démocrate X": a hyphen compound is three tokens, listed as its words joined by spaces.
    if (j + 2 < n && !scan.tok(j).has(kCapitalized) && scan.tok(j + 1).has(kGluedHyphen) &&
        !scan.tok(j + 2).has(kCapitalized) &&
        rules.title_modifiers.count(std::string(scan.key(j)) + " - " + std::string(scan.key(j + 2)))) {
      j += 3;
      continue;
    }
    break;
  }
  if (const Mention* party = same_line(j) ? known_at(j) : nullptr; party && party->type == "ORGANIZATION" && !party->demonym) {
    j = party->end_token;
  } else if (same_line(j) && scan.key(j) == "(") {
    std::size_t close = j + 1;
    while (same_line(close) && scan.key(close) != ")" && close - j < 6) ++close;
    if (!same_line(close) || scan.key(close) != ")") return first;
    j = close + 1;
  }
  std::string_view k = j < n ? scan.key(j) : std::string_view();
  if (same_line(j) && (k == "de" || k == "du" || k == "des" || k == "d'" || k == "of" || k == "for")) {
    std::size_t place = j + 1;
    if (same_line(place) && (scan.key(place) == "la" || scan.key(place) == "l'" || scan.key(place) == "the")) ++place;
    if (!same_line(place)) return first;
    if (const Mention* m = known_at(place)) {
      j = m->end_token;  // "President of France Emmanuel Macron"
    } else {
      // "de l'Oise Jean Dupont": the constituency is the capitalized run minus the name's last two words.
      std::size_t run_end = scan.NameForward(place, 6, false);
      std::size_t name_first = scan.NameBackward(run_end, 2, true);
      if (run_end <= place || name_first <= place || name_first >= run_end) return first;
      j = name_first;
    }
  }
  return j > first && same_line(j) && scan.IsNameWord(j) ? j : first;
}

// "la société lausannoise Xplain", "l'entreprise française Thales": up to two modifiers between a
// cue and its name, each a known demonym or a lower-case word that is no common word (a place
// adjective); a verb ("la société a annoncé") is common and stops the skip. Returns where the name
// starts, or `first` when no name follows the modifiers.
std::size_t SkipModifiers(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                          std::size_t first) {
  const std::size_t n = scan.size();
  const EntityRules& rules = scan.ctx().rules;
  std::size_t j = first;
  for (int modifiers = 0; modifiers < 2 && j < n && !scan.tok(j).has(kNewlineBefore); ++modifiers) {
    if (cover[j] >= 0) {
      const Mention& m = known[static_cast<std::size_t>(cover[j])];
      if (m.demonym && m.first_token == j) { j = m.end_token; continue; }
      break;
    }
    const Token& t = scan.tok(j);
    std::string_view k = scan.key(j);
    if (t.kind != TokenKind::kWord || t.has(kCapitalized) || (!k.empty() && k.back() == '\'') ||
        rules.connectors.count(k) || IsCommonWord(rules, k))
      break;
    ++j;
  }
  return j > first && j < n && !scan.tok(j).has(kNewlineBefore) && scan.IsNameWord(j) ? j : first;
}

// "officers of the FSB's Center for Information Security, Dmitry Dokuchaev and Igor Sushchin", "une
// société écran basée à Vladivostok, Baekdu Trade": a role noun's complement ("of", "at", "in", "du",
// "de", "à" (folded "a") and a short noun phrase, its names known or capitalized)
// ends with a comma, and the names follow it. Returns where the name starts, or `first` when no such
// complement is there. The complement holds no other punctuation, so a clause cannot hide in it.
std::size_t SkipComplement(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                           std::size_t first) {
  constexpr std::size_t kMaxComplement = 10;  // "of the Russian military intelligence agency's Unit 26165"
  const std::size_t n = scan.size();
  if (first >= n) return first;
  std::string_view k = scan.key(first);
  if (k != "of" && k != "at" && k != "from" && k != "in" && k != "de" && k != "du" && k != "des" && k != "d'" && k != "a" &&
      k != "au" && k != "en")
    return first;
  bool named = false;
  for (std::size_t j = first + 1; j < n && j - first <= kMaxComplement;) {
    const Token& t = scan.tok(j);
    if (t.has(kNewlineBefore)) return first;
    if (cover[j] >= 0) {
      j = known[static_cast<std::size_t>(cover[j])].end_token;
      named = true;
      continue;
    }
    std::string_view key = scan.key(j);
    if (key == ",") return named && j + 1 < n && !scan.tok(j + 1).has(kNewlineBefore) ? j + 1 : first;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber && key != "'s" && !t.has(kGluedHyphen)) return first;
    named |= t.has(kCapitalized);
    ++j;
  }
  return first;
}

// A common "-ing" word of more than five letters ("Targeting", "Hiring"): in a capitalized run, a title's
// verb, which no name holds ("FBI Warns Banks Targeting Office").
bool IsHeadlineVerb(const EntityRules& rules, std::string_view key) {
  return key.size() > 5 && key.compare(key.size() - 3, 3, "ing") == 0 && IsCommonWord(rules, key);
}

// ", a Shanghai resident", ", un ressortissant chinois" aside, ", a Chinese national": the cue ", a <role>"
// with one capitalized place or nationality (a known LOCATION or COUNTRY mention) between article and role.
bool MatchesOverPlace(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                      std::size_t i, const Phrase& cue) {
  const std::size_t n = scan.size();
  if (cue.size() < 3 || cue[0] != "," || (cue[1] != "a" && cue[1] != "an" && cue[1] != "un" && cue[1] != "une"))
    return false;
  const std::size_t at = i + 2;
  if (at >= n || scan.key(i) != "," || scan.key(i + 1) != cue[1] || scan.tok(i + 1).has(kNewlineBefore) || cover[at] < 0)
    return false;
  const Mention& place = known[static_cast<std::size_t>(cover[at])];
  if (place.first_token != at || (place.type != "LOCATION" && place.type != "COUNTRY") ||
      !scan.tok(at).has(kCapitalized) || scan.tok(at).has(kNewlineBefore))
    return false;
  std::size_t k = place.end_token;
  for (std::size_t w = 2; w < cue.size(); ++w, ++k)
    if (k >= n || scan.tok(k).has(kNewlineBefore) || scan.key(k) != cue[w]) return false;
  return true;
}

// "la députée Camille Hérault", "Paul Chichester, director of ...": many surnames are also places. A
// person's name next to a cue whose first word is no known mention and whose known mentions are all places
// lying inside it is a new name, not a place with a word before it ("Senator Kansas" stays unknown: no
// given name).
bool PersonNameOverPlaces(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                          std::size_t first, std::size_t end) {
  if (end - first < 2 || cover[first] >= 0 || !scan.IsNameWord(first)) return false;
  for (std::size_t k = first + 1; k < end; ++k) {
    if (cover[k] < 0) continue;
    const Mention& m = known[static_cast<std::size_t>(cover[k])];
    if (m.type != "LOCATION" || m.first_token < first || m.end_token > end) return false;
  }
  return true;
}

// ", a private intelligence firm", ", a Bergen-based firm", ", a London think tank", ", une petite société":
// the cue ", a <noun>" with up to `max` modifiers between article and noun, each a lower-case word (no
// connector: "of", "de"), a known place or nationality, or a hyphen compound ("Bergen-based",
// "state-owned"). Returns the end of the cue's words, or 0 when the cue does not match so.
std::size_t MatchesOverModifiers(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                                 std::size_t i, const Phrase& cue, int max) {
  const std::size_t n = scan.size();
  if (cue.size() < 3 || cue[0] != "," || i + 2 >= n || scan.key(i) != "," || scan.key(i + 1) != cue[1] ||
      scan.tok(i + 1).has(kNewlineBefore))
    return 0;
  const EntityRules& rules = scan.ctx().rules;
  auto same_line = [&](std::size_t k) { return k < n && !scan.tok(k).has(kNewlineBefore); };
  auto lower_word = [&](std::size_t k) {
    const Token& t = scan.tok(k);
    std::string_view key = scan.key(k);
    return same_line(k) && t.kind == TokenKind::kWord && !t.has(kCapitalized) && !key.empty() && key.back() != '\'' &&
           !rules.connectors.contains(key, scan.hash(k)) && key != "and" && key != "et";
  };
  std::size_t k = i + 2;
  for (int mods = 0;; ++mods) {
    std::size_t w = 2;
    while (w < cue.size() && same_line(k + w - 2) && scan.key(k + w - 2) == cue[w]) ++w;
    if (w == cue.size()) return k + cue.size() - 2;
    if (mods == max || !same_line(k)) return 0;
    // One modifier: a known place or nationality, else a word, then perhaps "-based", "-owned".
    if (cover[k] >= 0) {
      const Mention& m = known[static_cast<std::size_t>(cover[k])];
      if (m.first_token != k || (m.type != "LOCATION" && m.type != "COUNTRY")) return 0;
      k = m.end_token;
    } else if (lower_word(k) || (scan.IsNameWord(k) && k + 1 < n && scan.tok(k + 1).has(kGluedHyphen))) {
      ++k;
    } else {
      return 0;
    }
    if (k + 1 < n && scan.tok(k).has(kGluedHyphen) && lower_word(k + 1)) k += 2;
  }
}

// "visent Nortel Vega Technology, établie à Shenzhen, et Bravo Lumen Security", "A Labs and B Security":
// the name at `first` follows a list conjunction (or a comma) whose item before it, an apposition between
// commas aside, is a firm: a capitalized name ending with a head of another head-last ORGANIZATION rule
// (a known name there may be no firm: "Microsoft and Homeland Security officials").
bool FollowsFirmInList(const Scan& scan, const std::vector<int>& cover,
                       const HeadWordRule& rule, std::size_t first) {
  const EntityRules& rules = scan.ctx().rules;
  auto at = [&](std::size_t k, std::string_view word) { return k < scan.size() && scan.key(k) == word; };
  std::size_t j = first;
  if (j >= 1 && IsListConjunction(scan.key(j - 1))) --j;
  else if (j >= 2 && at(j - 2, "ainsi") && at(j - 1, "que")) j -= 2;
  else if (j >= 3 && at(j - 3, "as") && at(j - 2, "well") && at(j - 1, "as")) j -= 3;
  else if (!(j >= 1 && at(j - 1, ","))) return false;
  if (j >= 1 && at(j - 1, ",")) --j;
  if (j == 0 || scan.tok(first).has(kNewlineBefore)) return false;
  auto firm_ends_at = [&](std::size_t e) {
    if (e == 0 || cover[e - 1] >= 0) return false;
    for (const HeadWordRule& other : rules.head_rules) {
      if (&other == &rule || other.type != "ORGANIZATION" || other.head_first || other.place_name || other.place_first) continue;
      for (const Phrase& p : other.heads)
        if (e > p.size() && scan.Matches(e - p.size(), p) && scan.IsNameWord(e - p.size() - 1)) return true;
    }
    return false;
  };
  if (firm_ends_at(j)) return true;
  // ", établie à Shenzhen," / ", based in Shenzhen,": an apposition of at most six words.
  for (std::size_t k = j; k > 0 && j - k < 7; --k) {
    std::string_view key = scan.key(k - 1);
    if (key == ",") return firm_ends_at(k - 1);
    if (scan.tok(k - 1).kind != TokenKind::kWord || scan.tok(k - 1).has(kNewlineBefore)) return false;
  }
  return false;
}

// "Guangzhou Bluesea Security", "the IRGC Cyber-Electronic Command": a head-last name whose rule wants
// it to open with a known mention (a capitalized place for `place_first`, one of `opens_with`'s types)
// starts there, at the first such mention in the capitalized run [first, head). The words between it
// and the head are no known name and no "-ing" common word; with `place_first`, one of them is no common word ("Hainan State
// Security" names no firm). Returns the name's start, or `head` when there is none.
std::size_t KnownOpening(const Scan& scan, const std::vector<Mention>& known, const std::vector<int>& cover,
                         const HeadWordRule& rule, std::size_t first, std::size_t head) {
  const EntityRules& rules = scan.ctx().rules;
  // "et Bravo Lumen Security" after another firm: a name of its own words, no place needed.
  // Two words at least before the head: "and Homeland Security officials" is no firm.
  if (rule.in_firm_list && head >= first + 2 && FollowsFirmInList(scan, cover, rule, first)) {
    bool own_word = false;
    for (std::size_t w = first; w < head; ++w) {
      if (cover[w] >= 0) { own_word = false; break; }
      own_word |= scan.IsNameWord(w) && !IsCommonWord(rules, scan.key(w));
    }
    if (own_word) return first;
  }
  for (std::size_t k = first; k < head; ++k) {
    if (cover[k] < 0) continue;
    const Mention& m = known[static_cast<std::size_t>(cover[k])];
    if (m.first_token != k || m.end_token > head) return head;
    // A known name after the opening one makes two names ("FBI Internet Crime Complaint Center").
    bool own_word = false;
    for (std::size_t w = m.end_token; w < head; ++w) {
      if (cover[w] >= 0) return head;
      // A title in capitals: "FBI Warns Banks Targeting Office" holds a verb, not a name.
      std::string_view key = scan.key(w);
      if (IsHeadlineVerb(rules, key)) return head;
      own_word |= scan.IsNameWord(w) && !IsCommonWord(rules, key);
    }
    if (rule.place_first)
      return (m.type == "LOCATION" || m.type == "COUNTRY") && !m.demonym && scan.tok(k).has(kCapitalized) && own_word ? k : head;
    return std::find(rule.opens_with.begin(), rule.opens_with.end(), m.type) != rule.opens_with.end() ? k : head;
  }
  return head;
}

}  // namespace

void ApplyTokenRules(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  const EntityRules& rules = ctx.rules;
  std::vector<int> cover = CoveredBy(n, known);

  // Cue rules.
  for (std::size_t i = 0; i < n; ++i) {
    if (!rules.cue_index.HasFirst(scan.key(i), scan.hash(i))) continue;  // most words open no cue
    const std::string_view next = i + 1 < n ? scan.key(i + 1) : std::string_view();
    for (auto [r, c] : rules.cue_index.At(scan.key(i), scan.hash(i), i + 1 < n ? &next : nullptr, i + 1 < n ? scan.hash(i + 1) : 0)) {
      const CueRule& rule = rules.cue_rules[r];
      const Phrase& cue = rule.cues[c];
      std::size_t cue_end = i + cue.size();
      if (!scan.Matches(i, cue) && !(rule.skip_place && MatchesOverPlace(scan, known, cover, i, cue)) &&
          !(rule.cue_modifiers > 0 && (cue_end = MatchesOverModifiers(scan, known, cover, i, cue, rule.cue_modifiers)) > 0))
        continue;
      // ", a firm that ..." names a firm; in ", a firm believer" the cue's noun opens a longer one.
      if (!rule.cue_followers.empty() && cue_end < n && !scan.tok(cue_end).has(kNewlineBefore) &&
          scan.tok(cue_end).kind == TokenKind::kWord && !scan.tok(cue_end).has(kCapitalized) &&
          !rule.cue_followers.contains(scan.key(cue_end), scan.hash(cue_end)))
        continue;
      bool person = rule.type == "PERSON";
      // "MS Defender" is not "Ms Defender": a short title written in capitals is an acronym.
      if (person && scan.tok(i).has(kAllCaps) && scan.tok(i).end - scan.tok(i).begin <= 3 &&
          (cue[0] == "mr" || cue[0] == "mrs" || cue[0] == "ms" || cue[0] == "dr" || cue[0] == "sen" ||
           cue[0] == "rep" || cue[0] == "hon" || cue[0] == "sir"))
        continue;
      // A byline ("By Helen Marsh") opens its line, with the cue's capital; "targeted by X" is no byline.
      if (rule.line_start && ((i > 0 && !scan.tok(i).has(kNewlineBefore)) || !scan.tok(i).has(kCapitalized))) continue;
      // "the Prisa Group", "Threat Actor Profile": a cue word written with a capital inside a sentence
      // belongs to a longer name or a title, which the rule cannot type.
      if (rule.lowercase_cue) {
        bool capital = false;
        for (std::size_t k = i; k < i + cue.size(); ++k) {
          const Token& t = scan.tok(k);
          capital |= t.has(kCapitalized) && !t.has(kAllCaps) && !t.has(kSentenceInitial);
        }
        if (capital) continue;
      }
      // The name's checks; `known` names are not reported, but a list goes on past them. A name that is
      // exactly one known mention of a type the rule may retype ("the LockBit gang": the ransomware's
      // name used for its operators) is reported with the rule's type instead.
      bool retype = false;
      auto check = [&](std::size_t first, std::size_t end, bool* is_known) {
        if (end <= first) return false;
        int words = 0, common = 0;
        for (std::size_t k = first; k < end; ++k) {
          if (!scan.IsNameWord(k)) continue;
          ++words;
          common += IsCommonWord(rules, scan.key(k));
        }
        if (words < rule.min_words || (common == words && rule.type != "PERSON" && !rule.allow_common_words)) return false;
        if (rule.name_not_ending_with.count(scan.key(end - 1))) return false;  // "Minebridge RAT"
        *is_known = false;
        retype = false;
        if (!rule.retype_known.empty() && cover[first] >= 0) {
          const Mention& m = known[static_cast<std::size_t>(cover[first])];
          retype = m.first_token == first && m.end_token == end && !m.demonym &&
                   std::find(rule.retype_known.begin(), rule.retype_known.end(), m.type) != rule.retype_known.end();
        }
        // "tracked as Obsidian Mantis" (with "Mantis" known): a name after a cue that adds words to the
        // known mentions inside it is a new, longer name; a PERSON or "before" name stays skipped.
        if (!rule.name_may_be_known && !retype) {
          bool uncovered_word = false;
          for (std::size_t k = first; k < end; ++k) {
            *is_known |= cover[k] >= 0;
            uncovered_word |= cover[k] < 0 && scan.IsNameWord(k);
          }
          if (rule.after && !person && uncovered_word) *is_known = false;
          // Before a cue (", director of ..."), a common first word is no given name: "Northern Virginia, a ...".
          if (person && *is_known && PersonNameOverPlaces(scan, known, cover, first, end) &&
              (rule.after || !IsCommonWord(rules, scan.key(first))))
            *is_known = false;
        }
        return true;
      };
      // A retyped name must win over the gazetteer mention of the same span (overlap.cc: same length
      // and source, then type priority), so it is ranked as a gazetteer name.
      auto emit = [&](std::size_t first, std::size_t end) {
        Mention m = scan.Make(first, end, rule.type, rule.source, MentionSource::kTokenRule);
        if (retype) m.kind = MentionSource::kGazetteer;
        out->push_back(m);
      };
      bool blocked = false;
      for (const Phrase& p : rule.not_after) blocked |= i >= p.size() && scan.Matches(i - p.size(), p);
      if (blocked) continue;
      if (!rule.context_before.empty()) {
        bool found = false;
        const auto window = static_cast<std::size_t>(rule.context_window);
        std::size_t from = i >= window ? i - window : 0;
        for (std::size_t k = from; k < i && !found; ++k) {
          if (!rule.context_first_words.contains(scan.key(k), scan.hash(k))) continue;
          for (const Phrase& p : rule.context_before) found |= scan.Matches(k, p);
        }
        if (!found) continue;
      }
      std::size_t first, end;
      bool is_known = false;
      if (rule.after) {
        first = i + cue.size();
        if (first >= n || scan.tok(first).has(kNewlineBefore)) continue;
        if (IsQuote(scan.key(first)) && first + 1 < n && !scan.tok(first + 1).has(kNewlineBefore)) ++first;  // “Name”
        if (rule.skip_affiliation) first = SkipAffiliation(scan, known, cover, first);
        if (rule.skip_modifiers) first = SkipModifiers(scan, known, cover, first);
        if (rule.after_complement) {
          std::size_t name = SkipComplement(scan, known, cover, first);
          if (name == first) continue;
          first = name;
        }
        end = scan.NameForward(first, rule.max_words, person);
      } else {
        end = i;
        if (end == 0 || scan.tok(i).has(kNewlineBefore)) continue;
        first = scan.NameBackward(end, rule.max_words, person);
        // "Speaker of Parliament Jussi Halla-aho said": after "Title of", the capitalized run holds the
        // portfolio or constituency, then the name's last two words.
        if (person && end - first > 2) {
          std::size_t k = first;
          if (k > 0 && (scan.key(k - 1) == "the" || scan.key(k - 1) == "la" || scan.key(k - 1) == "l'")) --k;
          std::string_view of = k > 1 ? scan.key(k - 1) : std::string_view();
          if ((of == "of" || of == "de" || of == "du" || of == "des") && rules.person_titles.count(scan.key(k - 2)))
            first = scan.NameBackward(end, 2, person);
        }
        // "Le conseiller aux États Pierre Morand, membre du ...": a title cue that ends inside the name
        // ("États") is no part of it.
        if (person) {
          for (std::size_t s = first >= 3 ? first - 3 : 0; s < first; ++s) {
            const std::string_view after_s = s + 1 < n ? scan.key(s + 1) : std::string_view();
            for (auto [r2, c2] : rules.cue_index.At(scan.key(s), scan.hash(s), s + 1 < n ? &after_s : nullptr,
                                                    s + 1 < n ? scan.hash(s + 1) : 0)) {
              const CueRule& title = rules.cue_rules[r2];
              const std::size_t title_end = s + title.cues[c2].size();
              if (title.after && title.type == "PERSON" && title_end > first && title_end < end &&
                  scan.Matches(s, title.cues[c2]))
                first = title_end;
            }
          }
        }
        // "Joker's Stash operators": the words after a possessive are part of a longer name.
        if (first < end && first > 0 && scan.key(first - 1) == "'s") continue;
        // "Separately, a bank in Oslo", "Parallèlement, une société": one word opening the sentence with
        // an adverb's ending is no name.
        if (!person && end == first + 1 && scan.tok(first).has(kSentenceInitial)) {
          std::string_view w = scan.key(first);
          auto ends = [&](std::string_view suffix) {
            return w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
          };
          if (ends("ly") || ends("ment")) continue;
        }
      }
      if (!check(first, end, &is_known)) continue;
      if (!is_known) emit(first, end);
      // "known as ‘Foo’, Bar and “Baz”": every name of a coordinated list after the cue.
      while (rule.after && rule.lists) {
        std::size_t j = end;
        if (j < n && IsQuote(scan.key(j)) && !scan.tok(j).has(kSpaceBefore)) ++j;  // closing quote
        // "Miriam Lexmann (Slovakia), Reinhard Bütikofer (Germany)": a person's country in brackets.
        if (person && j + 2 < n && scan.key(j) == "(" && cover[j + 1] >= 0) {
          const Mention& home = known[static_cast<std::size_t>(cover[j + 1])];
          if (home.type == "COUNTRY" && home.first_token == j + 1 && home.end_token < n && scan.key(home.end_token) == ")")
            j = home.end_token + 1;
        }
        if (j < n && scan.key(j) == ",") ++j;
        if (j < n && IsListConjunction(scan.key(j))) ++j;
        if (j == end || j >= n || scan.tok(j).has(kNewlineBefore)) break;
        if (IsQuote(scan.key(j)) && j + 1 < n) ++j;
        std::size_t next_end = scan.NameForward(j, rule.max_words, person);
        if (!check(j, next_end, &is_known)) break;
        if (!is_known) emit(j, next_end);
        end = next_end;
      }
    }
  }

  // Head-word rules: capitalized phrases typed by a head word.
  for (std::size_t i = 0; i < n; ++i) {
    auto hit = rules.head_index.find(scan.key(i), scan.hash(i));
    if (hit == rules.head_index.end()) continue;
    for (auto [r, h] : hit->second) {
      const HeadWordRule& rule = rules.head_rules[r];
      const Phrase& head = rule.heads[h];
      if (!scan.Matches(i, head)) continue;
      std::size_t first = i, end = i + head.size();
      if (rule.place_name) {
        // "the Cologne public prosecutor's office", "le parquet de Lyon": the head (lower case is fine)
        // next to one known LOCATION mention; with `country_name`, a COUNTRY one ("the Maltese interior
        // ministry"), whose capital must be there (no "french" in a URL).
        std::size_t at = rule.head_first ? end : i - 1;
        if ((!rule.head_first && i == 0) || at >= n || cover[at] < 0) continue;
        const Mention& place = known[static_cast<std::size_t>(cover[at])];
        if (place.type != (rule.country_name ? "COUNTRY" : "LOCATION") ||
            (rule.head_first ? place.first_token != at : place.end_token != i))
          continue;
        if (rule.country_name && !scan.tok(place.first_token).has(kCapitalized)) continue;
        if (rule.capital_head && !scan.tok(i).has(kCapitalized)) continue;
        if (scan.tok(rule.head_first ? at : i).has(kNewlineBefore)) continue;
        first = std::min<std::size_t>(first, place.first_token);
        end = std::max<std::size_t>(end, place.end_token);
        out->push_back(scan.Make(first, end, rule.type, rule.source, MentionSource::kTokenRule));
        continue;
      }
      if (rule.lower_head) {
        // "le ministère de l'Économie": a lower-case head needs a capitalized word right after it.
        std::size_t w = end;
        if (w < n && (scan.key(w) == "la" || scan.key(w) == "l'" || scan.key(w) == "the")) ++w;
        if (w >= n || !scan.IsNameWord(w) || scan.tok(w).has(kNewlineBefore) || cover[w] >= 0) continue;
      } else if (!scan.IsNameWord(i)) {
        continue;
      }
      if (rule.head_first) {
        // "Agence spatiale algérienne": up to two lower-case adjectives, then a demonym, end the name.
        // The demonym names the country and stays its own mention (as SplitTrailingDemonyms does for
        // gazetteer names): the span ends before it, the canonical name keeps it.
        std::size_t a = end;
        while (a < n && a - end < 2 && cover[a] < 0 && scan.tok(a).kind == TokenKind::kWord && !scan.tok(a).has(kCapitalized) &&
               !scan.tok(a).has(kNewlineBefore) && !rules.connectors.contains(scan.key(a), scan.hash(a)))
          ++a;
        // "Agence nationale de cybersécurité tchèque": then a complement of one or two lower-case words.
        auto lower_word = [&](std::size_t k) {
          return k < n && cover[k] < 0 && scan.tok(k).kind == TokenKind::kWord && !scan.tok(k).has(kCapitalized) &&
                 !scan.tok(k).has(kNewlineBefore) && !rules.connectors.count(scan.key(k));
        };
        if (std::size_t c = a; c < n && (scan.key(c) == "de" || scan.key(c) == "des" || scan.key(c) == "du")) {
          if (++c < n && (scan.key(c) == "la" || scan.key(c) == "l'")) ++c;
          const std::size_t words = c;
          while (c - words < 2 && lower_word(c)) ++c;
          if (c > words) a = c;
        }
        if (a > end && a < n && cover[a] >= 0 && !scan.tok(a).has(kNewlineBefore)) {
          const Mention& d = known[static_cast<std::size_t>(cover[a])];
          if (d.demonym && d.first_token == a) {
            Mention m = scan.Make(first, a, rule.type, rule.source, MentionSource::kTokenRule);
            scan.SetCanonical(&m, scan.Surface(first, d.end_token));
            out->push_back(m);
            continue;
          }
        }
        // Head, then connectors and capitalized words: "University of the People", "Agence X".
        std::size_t j = end, last = end;
        while (j < n && !scan.tok(j).has(kNewlineBefore) && j - i < 10) {
          std::string_view k(scan.key(j));
          if (scan.IsNameWord(j)) { ++j; last = j; continue; }
          // "Ministry of State Security and Iran's ...": a coordination does not go on into a name
          // a gazetteer already knows; that is the next item of a list.
          // Nor into the head of another name: "Department of Health and Bureau of Customs" are two.
          if (k == "and" || k == "et" || k == "&") {
            std::size_t next = j + 1;
            while (next < n && rules.connectors.contains(scan.key(next), scan.hash(next))) ++next;  // "et la France"
            if (next < n && cover[next] >= 0) break;
            bool other_head = false;
            for (const HeadWordRule& other : rules.head_rules)
              for (const Phrase& p : other.heads) other_head |= other.head_first && !other.place_name && scan.Matches(next, p);
            if (other_head) break;
          }
          // "le ministère de l'Économie d'Estonie": the state after the name is its own mention; lower-case
          // words of the portfolio before it are the name's ("des Affaires sociales d'Estonie").
          if (rule.lower_head) {
            auto place_after = [&](std::size_t at) {
              if (at >= n || scan.tok(at).has(kNewlineBefore)) return false;
              std::string_view of = scan.key(at);
              if (of != "de" && of != "d'" && of != "du" && of != "of") return false;
              std::size_t place = at + 1;
              if (place < n && (scan.key(place) == "la" || scan.key(place) == "l'" || scan.key(place) == "the")) ++place;
              if (place >= n || cover[place] < 0) return false;
              const std::string_view type = known[static_cast<std::size_t>(cover[place])].type;
              return type == "COUNTRY" || type == "LOCATION";
            };
            if (place_after(j)) break;
            std::size_t w = j;
            while (w < n && w - j < 2 && last == j && scan.tok(w).kind == TokenKind::kWord && cover[w] < 0 &&
                   !scan.tok(w).has(kCapitalized) && !scan.tok(w).has(kNewlineBefore) &&
                   !rules.connectors.contains(scan.key(w), scan.hash(w)))
              ++w;
            if (w > j && place_after(w)) { last = w; break; }
          }
          // "the Ministry of State Security's Hainan State Security Department": a possessive before a known
          // name ends the owner's name (two agencies, as "China's MSS" is two mentions).
          if (k == "'s" && j + 1 < n && cover[j + 1] >= 0) break;
          // "Bureau of Customs - Client Portal": a dash between spaces ends the name.
          if (k == "-" && scan.tok(j).has(kSpaceBefore)) break;
          if (rules.connectors.count(k) || k == "'" ) { ++j; continue; }
          if (scan.tok(j).has(kGluedHyphen)) { ++j; continue; }
          break;
        }
        end = last;
      } else {
        // "Old Bear Press": a capitalized word after the head continues the name, which the head no
        // longer types.
        if (rule.head_ends_name && end < n && scan.IsNameWord(end) && !scan.tok(end).has(kNewlineBefore)) continue;
        // "Polish Press Agency": a longer head of another rule ending here types the name (a news
        // agency is a firm, not a state agency).
        bool longer_head = false;
        for (const HeadWordRule& other : rules.head_rules) {
          if (other.head_first || other.place_name || &other == &rule) continue;
          for (const Phrase& p : other.heads)
            longer_head |= p.size() > head.size() && end >= p.size() && scan.Matches(end - p.size(), p);
        }
        if (longer_head) continue;
        first = scan.NameBackward(i, rule.max_words, false);
        if (rule.place_first || !rule.opens_with.empty()) {
          first = KnownOpening(scan, known, cover, rule, first, i);
          if (first >= i) continue;
        }
        // "Harlow and Finch Ltd": two surnames joined by "and" name one firm; "Google and Finch Ltd"
        // (a known name before "and"), "Nordvik Telecom and Finch Ltd" (a name with its own head) and
        // "Acme, Harlow and Finch Ltd" (a list) are two.
        if (rule.names_with_and && first < i && first >= 2 && (scan.key(first - 1) == "and" || scan.key(first - 1) == "&") &&
            scan.IsNameWord(first - 2) && cover[first - 2] < 0 && !scan.tok(first - 1).has(kNewlineBefore) &&
            !scan.tok(first).has(kNewlineBefore)) {
          std::size_t before = scan.NameBackward(first - 1, 3, false);
          bool listed = before > 0 && scan.key(before - 1) == ",";
          // A place opening the first name is part of it ("Wuhan Xiaoruizhi Science and Technology
          // Company"); another known mention there is a name of its own.
          // "Labour MP Harriet Quill and Progress Party": a title opens a person's name, not a firm's.
          bool known_inside = false, own_head = false;
          for (std::size_t k = before; k + 1 < first; ++k) {
            known_inside |= rules.person_titles.contains(scan.key(k), scan.hash(k));
            if (cover[k] < 0) continue;
            const Mention& m = known[static_cast<std::size_t>(cover[k])];
            known_inside |= !(m.type == "LOCATION" && m.first_token == before && m.end_token + 1 < first);
          }
          for (const Phrase& other : rule.heads)
            own_head |= first - 1 >= before + other.size() && scan.Matches(first - 1 - other.size(), other);
          if (before < first - 1 && !listed && !known_inside && !own_head) first = before;
        }
      }
      // "Sweden's Security Service": after a country's possessive, an agency head alone is a name (the
      // possessor stage links it to the country's entry when one has it).
      bool possessed = !rule.head_first && rule.type == "AGENCY" && first == i && i >= 2 && scan.key(i - 1) == "'s" &&
                       cover[i - 2] >= 0 && known[static_cast<std::size_t>(cover[i - 2])].type == "COUNTRY" &&
                       !known[static_cast<std::size_t>(cover[i - 2])].demonym &&
                       known[static_cast<std::size_t>(cover[i - 2])].end_token == i - 1 && scan.tok(i).has(kCapitalized);
      if (end - first <= head.size() && !possessed) continue;
      // A title in capitals: "Sample Targeting German Chemical Company" names a firm after its verb at
      // most, and "Trading Company" (common words only) names none; "British Airways" does.
      if (!rule.head_first && rule.type == "ORGANIZATION") {
        for (std::size_t k = first; k + 1 < i; ++k) {
          std::string_view w = scan.key(k);
          if (IsHeadlineVerb(rules, w)) first = k + 1;
        }
        bool own_word = rule.allow_common_words && !scan.tok(first).has(kSentenceInitial);  // "the Progress Party"
        for (std::size_t k = first; k < i && !own_word; ++k)
          own_word = scan.IsNameWord(k) && (!IsCommonWord(rules, scan.key(k)) || cover[k] >= 0);
        if (!own_word || end - first <= head.size()) continue;
      }
      out->push_back(scan.Make(first, end, rule.type, rule.source, MentionSource::kTokenRule));
    }
  }

  // List lines: [title] Name [role] (Country) at a line end, e.g. "Senator Barry Ward (Ireland)".
  for (std::size_t i = 0; i < n; ++i) {
    if (scan.key(i) != "(") continue;
    std::size_t close = i + 1;
    while (close < n && scan.key(close) != ")" && close - i < 8) ++close;
    if (close >= n || scan.key(close) != ")" || close == i + 1) continue;
    if (close + 1 < n && !scan.tok(close + 1).has(kNewlineBefore)) continue;  // must end the line
    std::size_t open_end = i + 1;
    if (scan.key(open_end) == "the") ++open_end;  // "(The Netherlands)"
    int inside = cover[open_end];
    if (inside < 0) continue;
    const Mention& inside_mention = known[static_cast<std::size_t>(inside)];
    if (inside_mention.first_token != open_end || inside_mention.end_token != close) continue;
    std::string_view itype = inside_mention.type;
    if (itype != "COUNTRY" && itype != "ORGANIZATION" && itype != "LOCATION") continue;
    std::size_t end = i;
    while (end > 0 && rules.person_titles.count(scan.key(end - 1)) && !scan.tok(end - 1).has(kNewlineBefore) &&
           scan.key(end - 1) != "(")
      --end;  // trailing roles: MP, MEP, MdB
    std::size_t first = scan.NameBackward(end, 5, true);
    if (first >= end) continue;
    std::size_t line_start = first;
    while (line_start > 0 && !scan.tok(line_start).has(kNewlineBefore)) {
      std::string_view k(scan.key(line_start - 1));
      if (!rules.person_titles.count(k) && k != ".") break;
      --line_start;
    }
    if (line_start > 0 && !scan.tok(line_start).has(kNewlineBefore)) continue;
    int words = 0;
    for (std::size_t k = first; k < end; ++k) words += scan.IsNameWord(k);
    if (words < 2) continue;
    out->push_back(scan.Make(first, end, "PERSON", "rule:person-list-line", MentionSource::kTokenRule));
  }
}

}  // namespace gazette
