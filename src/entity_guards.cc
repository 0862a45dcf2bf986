// Guards applied after the overlap policy: demonyms used as language names ("speak French", "en
// français"), names glued into URLs or file paths, names opening a product or malware name, group names that are ordinary words outside a
// threat context (of the document and of one sentence naming them) or inside a longer name, and canonical ids a deny list suppresses.
#include "rule_scan.h"

#include <algorithm>

namespace gazette {

namespace {

// True when the mention is glued into a URL, file path or identifier: "ESET_Winnti.pdf",
// "d:\scm\Italy\ares", "/2018/08/29/China-s-geo". The glued run around it (no spaces, only word and
// path characters) holds "_", a backslash, "%", "=" or "+" (base64), or a "/" next to a lower-case word
// or a number, or the name is followed by a file extension (".pdf"). "APT33/Elfin" stays a name.
bool InsideUrlOrPath(const Scan& scan, const Mention& m) {
  auto path_char = [&](std::size_t k) {
    const Token& t = scan.tok(k);
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) return true;
    std::string_view key = scan.key(k);
    return key == "." || key == "-" || key == "_" || key == "/" || key == "\\" || key == "%" || key == "=" || key == "+" ||
           key == ":";
  };
  // Looks at most 32 tokens each way, so a long blob without spaces costs little per mention.
  std::size_t first = m.first_token, end = m.end_token;
  while (first > 0 && m.first_token - first < 32 && !scan.tok(first).has(kSpaceBefore) && path_char(first - 1)) --first;
  while (end < scan.size() && end - m.end_token < 32 && !scan.tok(end).has(kSpaceBefore) && path_char(end)) ++end;
  bool slash = false, lower_or_number = false;
  for (std::size_t k = first; k < end; ++k) {
    if (k >= m.first_token && k < m.end_token) continue;
    std::string_view key = scan.key(k);
    if (key == "_" || key == "\\" || key == "%" || key == "=" || key == "+") return true;
    slash |= key == "/";
    const Token& t = scan.tok(k);
    lower_or_number |= t.kind == TokenKind::kNumber || (t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.has(kHasDigit));
  }
  if (slash && lower_or_number) return true;
  // "Loader.ReconHellcat", "Backdoor.Winnti", "CSIS.China": a name glued after a word and a dot is part
  // of a detection name or an identifier ("J.Doe" and "U.S." are initials).
  std::size_t f = m.first_token;
  if (f >= 2 && scan.key(f - 1) == "." && !scan.tok(f).has(kSpaceBefore) && !scan.tok(f - 1).has(kSpaceBefore) &&
      scan.tok(f - 2).kind == TokenKind::kWord && scan.tok(f - 2).end - scan.tok(f - 2).begin >= 3)
    return true;
  // "Pakistan.doc", "QATAR.pdf": a file name.
  std::size_t e = m.end_token;
  return e + 1 < end && scan.key(e) == "." && scan.tok(e + 1).kind == TokenKind::kWord && !scan.tok(e + 1).has(kCapitalized);
}

// "the Equation Editor", "Cobalt Strike": a one-word group name that is also a common word, followed
// by one more capitalized word, is the first word of a product's name. A title in capitals ("Leviathan
// Targets Maritime Firms") and a group head ("Equation Group") are not.
bool OpensProductName(const Scan& scan, const Mention& m) {
  const std::size_t n = scan.size(), f = m.first_token, e = m.end_token;
  const EntityRules& rules = scan.ctx().rules;
  if (m.type != "GROUP" || m.kind != MentionSource::kGazetteer || e != f + 1 || !IsCommonWord(rules, scan.key(f)))
    return false;
  if (e >= n || scan.tok(e).has(kNewlineBefore) || scan.tok(e).kind != TokenKind::kWord) return false;
  const Token& next = scan.tok(e);
  if (!next.has(kCapitalized) || next.has(kAllCaps) || next.has(kSentenceInitial) || IsGroupHeadWord(scan.key(e)) ||
      scan.key(e) == "apt")
    return false;
  bool capital_before = f > 0 && scan.tok(f - 1).kind == TokenKind::kWord && scan.tok(f - 1).has(kCapitalized) &&
                        !scan.tok(f).has(kNewlineBefore);
  bool capital_after = e + 1 < n && scan.tok(e + 1).kind == TokenKind::kWord && scan.tok(e + 1).has(kCapitalized) &&
                       !scan.tok(e + 1).has(kNewlineBefore);
  return !capital_before && !capital_after;
}

// "META Stealer", "Telegram RAT": a firm's or person's name followed by a capitalized malware kind
// is the first word of a malware name, not the firm.
bool OpensMalwareName(const Scan& scan, const Mention& m) {
  static const StringSet kMalwareKinds = [] {
    StringSet words;
    for (const char* w : {"stealer", "infostealer", "loader", "rat", "backdoor", "trojan", "wiper"}) words.insert(w);
    return words;
  }();
  const std::size_t e = m.end_token;
  if ((m.type != "ORGANIZATION" && m.type != "PERSON") || e >= scan.size()) return false;
  const Token& next = scan.tok(e);
  return next.kind == TokenKind::kWord && next.has(kCapitalized) && !next.has(kNewlineBefore) && next.has(kSpaceBefore) &&
         kMalwareKinds.count(scan.key(e));
}

// A one-word group name that is also an ordinary word or name ("Mercury", "Leviathan", "Calypso").
bool ContextDependentGroup(const Scan& scan, const Mention& m) {
  const EntityRules& rules = scan.ctx().rules;
  if (m.type != "GROUP" || m.kind != MentionSource::kGazetteer || m.length() != 1) return false;
  std::string_view k = scan.key(m.first_token);
  return IsCommonWord(rules, k) || rules.context_dependent_group_names.count(k);
}

// A word with a threat stem ("cyberattack", "ransomware", "piratage").
bool HasThreatStem(const Scan& scan, std::size_t i) {
  if (scan.tok(i).kind != TokenKind::kWord) return false;
  const std::vector<std::string>& stems = scan.ctx().rules.threat_context_stems;
  std::string_view k = scan.key(i);
  // `stems` is sorted: the one that could begin `k` is the last not greater than it.
  auto it = std::upper_bound(stems.begin(), stems.end(), k, [](std::string_view a, const std::string& b) { return a < b; });
  return it != stems.begin() && k.substr(0, std::prev(it)->size()) == *std::prev(it);
}

// A malware name, or a group name that is no ordinary word.
bool ThreatMention(const Scan& scan, const Mention& m) {
  return m.type == "MALWARE" || (m.type == "GROUP" && !ContextDependentGroup(scan, m));
}

// True when the document speaks of cyber threats: a word with a threat stem or a threat mention.
// Without that, "the Leviathan gas field" and "Mercury levels" are not the groups.
bool ThreatContext(const Scan& scan, const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions)
    if (ThreatMention(scan, m)) return true;
  for (std::size_t i = 0; i < scan.size(); ++i)
    if (HasThreatStem(scan, i)) return true;
  return false;
}

// True when tokens [first, end) speak of threats, as ThreatContext says, or of actors: "group",
// "actor", "APT" ("Leviathan, also known as TEMP, is an APT").
bool ThreatOrActorWords(const Scan& scan, const std::vector<Mention>& mentions, const std::vector<int>& cover,
                        std::size_t first, std::size_t end) {
  static const StringSet kActorWords = [] {
    StringSet words;
    for (const char* w : {"group", "groups", "gang", "gangs", "crew", "team", "actor", "actors", "apt", "groupe",
                          "groupes", "acteur", "acteurs"})
      words.insert(w);
    return words;
  }();
  for (std::size_t i = first; i < end; ++i) {
    if (kActorWords.count(scan.key(i)) || HasThreatStem(scan, i)) return true;
    if (cover[i] >= 0 && ThreatMention(scan, mentions[static_cast<std::size_t>(cover[i])])) return true;
  }
  return false;
}

// The first token of the line holding token i, looking back at most `limit` tokens; i + 1 (no line
// start) when the line starts further back.
std::size_t LineStart(const Scan& scan, std::size_t i, std::size_t limit) {
  for (std::size_t k = i; k + limit >= i; --k) {
    if (k == 0 || scan.tok(k).has(kNewlineBefore)) return k;
  }
  return i + 1;
}

// True when the line starting at token i is an item of a bulleted list ("* Leviathan", "- APT10").
bool ListItemLine(const Scan& scan, std::size_t i) {
  std::string_view k = scan.key(i);
  return k == "*" || k == "-" || k == "\u2022" || k == "+";
}

// True when the sentence (or line) holding the mention speaks of threats or actors; for an item of a
// bulleted list, the line that opens the list does too ("The following groups exploited it:\n* Leviathan",
// not "Web browsers\n* Iridium"). Looks at most 64 tokens each way and 256 back over a list, so a long
// text without sentence breaks costs little per mention.
bool ThreatSentence(const Scan& scan, const std::vector<Mention>& mentions, const std::vector<int>& cover,
                    const Mention& m) {
  constexpr std::size_t kWindow = 64, kListWindow = 256;
  auto starts = [&](std::size_t i) { return scan.tok(i).has(kSentenceInitial) || scan.tok(i).has(kNewlineBefore); };
  std::size_t first = m.first_token, end = m.end_token;
  while (first > 0 && m.first_token - first < kWindow && !starts(first)) --first;
  while (end < scan.size() && end - m.end_token < kWindow && !starts(end)) ++end;
  if (ThreatOrActorWords(scan, mentions, cover, first, end)) return true;
  std::size_t line = LineStart(scan, m.first_token, kWindow);
  while (line > 0 && line <= m.first_token && ListItemLine(scan, line) && m.first_token - line < kListWindow) {
    const std::size_t previous = LineStart(scan, line - 1, kWindow);
    if (previous >= line) return false;
    if (!ListItemLine(scan, previous))
      return ThreatOrActorWords(scan, mentions, cover, previous, std::min(line, previous + kWindow));
    line = previous;
  }
  return false;
}

// "Sichuan Silence": a one-word group name that is a common word, right after a place name, is the
// second half of a longer name (a firm, another crew), not that group.
bool EndsPlaceName(const Scan& scan, const Mention& m, const std::vector<int>& cover, const std::vector<Mention>& mentions) {
  if (!ContextDependentGroup(scan, m) || !IsCommonWord(scan.ctx().rules, scan.key(m.first_token))) return false;
  const std::size_t f = m.first_token;
  if (f == 0 || cover[f - 1] < 0 || scan.tok(f).has(kNewlineBefore) || !scan.tok(f).has(kSpaceBefore)) return false;
  const Mention& place = mentions[static_cast<std::size_t>(cover[f - 1])];
  return place.type == "LOCATION" && place.end_token == f;
}

}  // namespace

void ApplyGuards(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<Mention> kept;
  kept.reserve(mentions->size());
  uint32_t language_end = 0;  // end token of the last demonym dropped as a language name
  const std::vector<int> cover = CoveredBy(n, *mentions);
  int threat_context = -1;  // computed on first need
  // A group name that is an ordinary word counts only where the document speaks of threats, and only
  // when one of its mentions stands in a sentence that does: a threat report on gas fields names "the
  // Leviathan gas reserves" far from any attack ("Leviathan is an APT ... Leviathan collects passwords"
  // confirms every mention of the name).
  std::vector<std::string_view> confirmed;
  for (const Mention& m : *mentions)
    if (ContextDependentGroup(scan, m) && std::find(confirmed.begin(), confirmed.end(), m.canonical_id) == confirmed.end() &&
        !InsideUrlOrPath(scan, m) && ThreatSentence(scan, *mentions, cover, m))
      confirmed.push_back(m.canonical_id);
  std::string folded;        // one buffer for every mention's folded key
  for (Mention& m : *mentions) {
    // "fluent in French and Russian": a demonym coordinated with a language name is one too.
    if (m.demonym && language_end > 0 && m.first_token == language_end + 1) {
      std::string_view sep = scan.key(language_end);
      if (IsListConjunction(sep) || sep == ",") {
        language_end = m.end_token;
        continue;
      }
    }
    // "Chinese-language", "Russian-speaking": a demonym inside a hyphenated modifier is not a mention
    // (nor "Russian-linked": threat reports annotate the whole modifier); a city in "Beijing-based" names
    // where a company sits, as "China" does in "China-based", and stays.
    if ((m.demonym || m.type == "LOCATION") && m.end_token + 1 < n && scan.tok(m.end_token).has(kGluedHyphen) &&
        !scan.tok(m.end_token + 1).has(kCapitalized) &&
        (m.demonym || !ctx.rules.affiliation_words.count(scan.key(m.end_token + 1))))
      continue;
    // "anti-China", "pro-Kremlin", "pro-russes": a stance toward a state, as threat reports annotate it
    // (no mention), not the state itself.
    if (m.type != "GROUP" && m.type != "MALWARE" && m.type != "PERSON" && m.first_token >= 2 &&
        scan.tok(m.first_token - 1).has(kGluedHyphen) && !scan.tok(m.first_token - 1).has(kSpaceBefore) &&
        !scan.tok(m.first_token).has(kSpaceBefore) && ctx.rules.stance_prefixes.count(scan.key(m.first_token - 2)))
      continue;
    if (m.demonym && m.first_token > 0) {
      std::string_view prev(scan.key(m.first_token - 1));
      if (ctx.rules.speaking_words.count(prev)) { language_end = m.end_token; continue; }
      if (ctx.rules.language_cues.count(prev)) {
        bool next_is_word = m.end_token < n && scan.tok(m.end_token).kind == TokenKind::kWord &&
                            scan.key(m.end_token) != "and" && scan.key(m.end_token) != "et";
        if (!next_is_word) { language_end = m.end_token; continue; }
      }
    }
    // "US $1,000", "US$20": a currency, not the country.
    if (m.type == "COUNTRY" && !m.demonym && m.end_token < n && (scan.key(m.end_token) == "$" || scan.tok(m.end_token).kind == TokenKind::kNumber))
      continue;
    if (InsideUrlOrPath(scan, m) || OpensProductName(scan, m) || OpensMalwareName(scan, m) ||
        EndsPlaceName(scan, m, cover, *mentions))
      continue;
    if (ContextDependentGroup(scan, m)) {
      if (threat_context < 0) threat_context = ThreatContext(scan, *mentions) ? 1 : 0;
      if (threat_context == 0 || std::find(confirmed.begin(), confirmed.end(), m.canonical_id) == confirmed.end())
        continue;
    }
    scan.FoldedKeyInto(m.first_token, m.end_token, &folded);
    if (ctx.gazetteer.Denied(folded, m.type, m.canonical_id)) continue;
    kept.push_back(m);
  }
  *mentions = std::move(kept);
}

void SplitTrailingDemonyms(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const Gazetteer& gz = ctx.gazetteer;
  // The COUNTRY demonym alias a folded key is, or kNoDemonym.
  constexpr uint32_t kNoDemonym = 0xFFFFFFFFu;
  auto demonym_alias = [&](const std::string& key) {
    for (uint32_t a : gz.AliasesWithKey(key))
      if ((gz.alias(a).flags & kAliasDemonym) && gz.entry(gz.alias(a).entry).type == "COUNTRY") return a;
    return kNoDemonym;
  };
  auto names_country = [&](const std::string& key) {
    for (uint32_t a : gz.AliasesWithKey(key))
      if (gz.entry(gz.alias(a).entry).type == "COUNTRY") return true;
    return false;
  };
  std::vector<Mention> added;
  for (Mention& m : *mentions) {
    if ((m.type != "AGENCY" && m.type != "ORGANIZATION") || m.end_token - m.first_token < 2) continue;
    const uint32_t last = m.end_token - 1;
    const Token& t = scan.tok(last);
    if (t.kind != TokenKind::kWord || t.has(kCapitalized) || t.has(kAllCaps)) continue;
    const std::string key(scan.key(last));
    const uint32_t alias = demonym_alias(key);
    if (alias == kNoDemonym) continue;
    // "de la République tchèque": the demonym ends a country's name, which stays in the agency's.
    if (names_country(std::string(scan.key(last - 1)) + " " + key)) continue;
    const Token& before = scan.tok(last - 1);
    if (before.kind != TokenKind::kWord) continue;
    m.end_token = last;
    Mention d;
    d.first_token = last;
    d.end_token = last + 1;
    TakeAlias(gz, alias, &d);
    d.demonym = true;
    d.kind = MentionSource::kGazetteer;
    added.push_back(d);
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

void JoinOwnTrailingDemonyms(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const Gazetteer& gz = ctx.gazetteer;
  std::vector<Mention>& m = *mentions;
  std::vector<Mention> out;
  out.reserve(m.size());
  for (std::size_t i = 0; i < m.size(); ++i) {
    out.push_back(m[i]);
    if (i + 1 >= m.size() || m[i].type != "AGENCY" || m[i].alias_index == Mention::kNoAliasIndex) continue;
    const Mention& d = m[i + 1];
    if (!d.demonym || d.first_token != m[i].end_token || d.length() != 1 ||
        !scan.tok(m[i].first_token).has(kCapitalized) || scan.tok(d.first_token).has(kNewlineBefore))
      continue;
    // The demonym qualifies the state the name ends with ("de l'État luxembourgeois"), or is written as
    // a word of the name; after a body ("Trésor américain") it describes the name and stays apart.
    if (!scan.tok(d.first_token).has(kCapitalized) && scan.key(m[i].end_token - 1) != "etat") continue;
    const std::string own = gz.entry(gz.alias(m[i].alias_index).entry).attribute("country");
    if (own.empty() || MentionedCountryCode(d) != own) continue;
    out.back().end_token = d.end_token;
    ++i;
  }
  m = std::move(out);
}

}  // namespace gazette
