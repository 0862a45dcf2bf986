// Compiling aliases into a token trie and matching it leftmost-longest.
//
// Every alias is tokenized by the same tokenizer as documents and cut into the same match units
// (match_units.h), so folding, spacing and hyphen variants are handled once, in one place. Unit keys
// are interned to integers; the trie is a hash map from (node, unit id) to child node, so matching
// costs one string hash per unit of text plus one integer lookup per trie step, independent of the
// number of aliases. At each start position the longest alias whose case rules accept the text wins.
#include "gazetteer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "mention.h"
#include "normalize.h"

namespace gazette {
namespace {

constexpr uint32_t kNoUnit = 0xFFFFFFFFu;
constexpr uint32_t kNoAlias = 0xFFFFFFFFu;

bool IsCasedLetter(char32_t cp, bool* upper) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') { *upper = true; return true; }
    if (cp >= 'a' && cp <= 'z') { *upper = false; return true; }
    return false;
  }
  UChar32 c = static_cast<UChar32>(cp);
  if (u_isupper(c) || u_istitle(c)) { *upper = true; return true; }
  if (u_islower(c)) { *upper = false; return true; }
  return false;
}

std::string WordCase(const TokenizedText& t, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i) {
    const Token& tok = t.tokens[i];
    if (tok.kind != TokenKind::kWord) continue;
    for (uint32_t k = tok.begin; k < tok.end; ++k) {
      bool upper;
      if (IsCasedLetter(t.decoded.cps[k], &upper)) { out.push_back(upper ? 'U' : 'l'); break; }
    }
  }
  return out;
}

std::string JoinKeys(const std::vector<MatchUnit>& units) {
  std::string out;
  for (const MatchUnit& u : units) {
    if (!out.empty()) out.push_back(' ');
    out.append(u.key);
  }
  return out;
}

}  // namespace

std::string LetterCase(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    bool upper;
    if (IsCasedLetter(cps[i], &upper)) out.push_back(upper ? 'U' : 'l');
  }
  return out;
}

Gazetteer Gazetteer::Compile(GazetteerData data, const StringSet& common_words,
                             const Config& config, std::vector<Error>* errors) {
  Gazetteer g;
  g.data_ = std::move(data);
  if (g.data_.aliases.size() > config.max_gazetteer_aliases) {
    errors->push_back(Error{ErrorCode::kTooManyAliases, "", 0, 0,
                            std::to_string(g.data_.aliases.size()) + " aliases exceed max_gazetteer_aliases (" +
                                std::to_string(config.max_gazetteer_aliases) + ")"});
    return g;
  }
  // Short forms of "X Group" / "X Team" group names ("Lazarus Group" -> "Lazarus"), added after the
  // listed aliases so a listed alias always wins; skipped when the short form is a common word.
  {
    std::vector<AliasRecord> derived;
    for (const AliasRecord& rec : g.data_.aliases) {
      if (g.data_.entries[rec.entry].type != "GROUP") continue;
      std::size_t space = rec.text.find_last_of(' ');
      if (space == std::string::npos || space == 0) continue;
      std::string last = FoldString(rec.text.substr(space + 1));
      if (!IsGroupHeadWord(last)) continue;
      std::string short_form = rec.text.substr(0, space);
      if (short_form.find(' ') != std::string::npos || common_words.count(FoldString(short_form))) continue;
      AliasRecord d = rec;
      d.text = short_form;
      d.flags |= kAliasDerived;
      derived.push_back(std::move(d));
    }
    // A canonical name that opens with "The" ("The Hague", "The New York Times") keeps its article
    // when the text writes it with a capital; the stripped form below still matches "the Hague".
    for (const AliasRecord& rec : g.data_.aliases) {
      if (!(rec.flags & kAliasCanonical) || rec.text.size() <= 4 || rec.text.compare(0, 4, "The ") != 0) continue;
      AliasRecord d = rec;
      d.flags = static_cast<uint16_t>((rec.flags & ~kAliasCanonical) | kAliasDerived | kAliasKeepsArticle);
      derived.push_back(std::move(d));
    }
    // An entry's MITRE ATT&CK ids (attribute mitre=G0035, comma-separated) are names too: reports
    // write "APT31 (G0035)". Matched case-sensitively; cited at the entry's own line.
    for (uint32_t e = 0; e < g.data_.entries.size(); ++e) {
      const GazetteerEntry& entry = g.data_.entries[e];
      for (const auto& [key, value] : entry.attributes) {
        if (key != "mitre") continue;
        std::size_t b = 0;
        while (b <= value.size()) {
          std::size_t comma = value.find(',', b);
          if (comma == std::string::npos) comma = value.size();
          std::string id(value.substr(b, comma - b));
          while (!id.empty() && id.back() == ' ') id.pop_back();
          while (!id.empty() && id.front() == ' ') id.erase(0, 1);
          if (!id.empty()) derived.push_back(AliasRecord{e, id, kAliasCaseSensitive | kAliasDerived, entry.file, entry.line, 0});
          b = comma + 1;
        }
      }
    }
    for (AliasRecord& d : derived) g.data_.aliases.push_back(std::move(d));
  }
  const std::size_t n = g.data_.aliases.size();
  g.effective_flags_.resize(n);
  g.letter_case_.resize(n);
  g.word_case_.resize(n);
  g.vocab_.reserve(n);
  g.edges_.reserve(n * 2);
  g.by_key_.reserve(n);
  std::vector<std::pair<uint32_t, uint32_t>> payload;  // (node, alias), grouped by node below
  payload.reserve(n);
  g.next_with_key_.assign(n, kNoAlias);
  // Folded one-word demonyms of countries ("estonian"), whichever file lists them.
  std::unordered_set<std::string> demonym_keys;
  for (const AliasRecord& rec : g.data_.aliases) {
    if (!(rec.flags & kAliasDemonym) || g.data_.entries[rec.entry].type != "COUNTRY") continue;
    TokenizedText tt = Tokenize(rec.text);
    if (tt.tokens.size() == 1) demonym_keys.emplace(tt.key(0));
  }
  for (uint32_t a = 0; a < n; ++a) {
    AliasRecord& rec = g.data_.aliases[a];
    const GazetteerEntry& entry = g.data_.entries[rec.entry];
    // Names are matched without a leading English article: "The Netherlands" matches as
    // "Netherlands", so the article stays outside the span, as annotators expect.
    if (!(rec.flags & kAliasKeepsArticle) && rec.text.size() > 4 &&
        (rec.text.compare(0, 4, "The ") == 0 || rec.text.compare(0, 4, "the ") == 0))
      rec.text = rec.text.substr(4);
    TokenizedText tt = Tokenize(rec.text);
    std::vector<MatchUnit> units = MakeMatchUnits(tt);
    bool has_word = false;
    for (const Token& t : tt.tokens) has_word |= t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    if (units.empty() || !has_word) {
      errors->push_back(Error{ErrorCode::kEmptyAlias, rec.file, rec.line, rec.column,
                              "alias \"" + rec.text + "\" has no letters or digits to match"});
      continue;
    }
    std::string joined = JoinKeys(units);
    // The first kept alias with the same folded key and type, found along by_key_'s chain (no second
    // table of keys: this is what keeps Build linear in memory as well as in time).
    uint32_t same = kNoAlias;
    if (auto keyed = g.by_key_.find(joined); keyed != g.by_key_.end())
      for (uint32_t k = keyed->second.first; k != kNoAlias && same == kNoAlias; k = g.next_with_key_[k])
        if (g.data_.entries[g.data_.aliases[k].entry].type == entry.type) same = k;
    if (same != kNoAlias) {
      const AliasRecord& first = g.data_.aliases[same];
      if (first.entry == rec.entry) {  // the same name twice in one entry: its flags still apply
        g.effective_flags_[same] |= rec.flags & (kAliasCaseSensitive | kAliasCapitalized | kAliasDemonym);
        if (rec.flags & kAliasCaseInsensitive)
          g.effective_flags_[same] &=
              static_cast<uint16_t>(~(kAliasCaseSensitive | kAliasInitialCap | kAliasLaterCap | kAliasCapitalized));
        // Listed both capitalized and in lower case ("Ministère ..." and "ministère ..."): either is fine.
        if (!tt.tokens.empty() && !tt.tokens[0].has(kCapitalized))
          g.effective_flags_[same] &= static_cast<uint16_t>(~kAliasInitialCap);
        continue;
      }
      if (rec.flags & kAliasDerived) continue;  // a derived short form never overrides a listed name
      bool both_ambiguous = (first.flags & kAliasAmbiguous) && (rec.flags & kAliasAmbiguous);
      if (!both_ambiguous) {
        const GazetteerEntry& other = g.data_.entries[first.entry];
        errors->push_back(Error{ErrorCode::kDuplicateAlias, rec.file, rec.line, rec.column,
                                "alias \"" + rec.text + "\" of " + entry.id + " also names " + other.id + " (" +
                                    first.file + ":" + std::to_string(first.line) +
                                    "); mark both {ambiguous} if that is intended"});
        continue;
      }
    }
    uint16_t flags = rec.flags;
    // A name that starts with a capital matches only text that does too ("china" in a URL is not
    // China); lower-case aliases, such as French demonyms ("tchèques"), match either way.
    // A multi-word name opening with a common noun ("Ministère des Affaires étrangères") is often
    // written in lower case ("le ministère des ..."), so its capital is not required. A person's
    // given name is always written with one: "to mark Rutte's visit" is not Mark Rutte.
    bool opens_with_common_noun =
        entry.type != "PERSON" && tt.tokens.size() > 1 && common_words.count(tt.key(0)) != 0;
    if (!(flags & kAliasCaseInsensitive) && !tt.tokens.empty() && tt.tokens[0].has(kCapitalized)) {
      bool later_capital = false;
      for (std::size_t k = 1; k < tt.tokens.size(); ++k) later_capital |= tt.tokens[k].has(kCapitalized);
      flags |= opens_with_common_noun && later_capital ? kAliasLaterCap : kAliasInitialCap;
      // "the Estonian foreign intelligence service" describes the body that "Estonian Foreign
      // Intelligence Service" names: a name opening with a demonym and capitalized after it needs a
      // capital there in the text too. A ministry is named by its portfolio, so "the Finnish defence
      // ministry" stays its name.
      if (later_capital && (entry.type == "AGENCY" || entry.type == "ORGANIZATION") && tt.tokens.size() > 1 &&
          demonym_keys.count(std::string(tt.key(0))) != 0 && tt.key(tt.tokens.size() - 1) != "ministry")
        flags |= kAliasLaterCap;
    }
    bool one_word = tt.tokens.size() == 1 && tt.tokens[0].kind == TokenKind::kWord;
    if (!(flags & kAliasCaseInsensitive) && one_word) {
      const Token& t = tt.tokens[0];
      std::size_t letters = 0;
      bool all_upper = true;
      for (uint32_t k = t.begin; k < t.end; ++k) {
        bool upper;
        if (IsCasedLetter(tt.decoded.cps[k], &upper)) { ++letters; all_upper &= upper; }
        else if (tt.decoded.cps[k] != '.' && !(tt.decoded.cps[k] >= '0' && tt.decoded.cps[k] <= '9')) { all_upper = false; }
      }
      if (letters >= 2 && letters <= 5 && all_upper) flags |= kAliasCaseSensitive | kAliasAutoAcronym;
      else if (common_words.count(tt.key(t)) != 0) flags |= kAliasCapitalized;
    }
    // "the Winnti group": a lower-case head is a common noun after the name, not part of it.
    if (entry.type == "GROUP" && !(flags & kAliasCaseInsensitive) && tt.tokens.size() > 1 && tt.tokens.back().has(kCapitalized)) {
      std::string_view head = tt.key(tt.tokens.size() - 1);
      if (IsGroupHeadWord(head)) flags |= kAliasCapitalHead;
    }
    g.effective_flags_[a] = flags;
    g.letter_case_[a] = LetterCase(tt.decoded.cps, 0, tt.decoded.cps.size());
    g.word_case_[a] = WordCase(tt, 0, tt.tokens.size());
    auto [keyed, first_with_key] = g.by_key_.emplace(joined, {a, a});
    if (!first_with_key) {
      g.next_with_key_[keyed->second.second] = a;
      keyed->second.second = a;
    }
    uint32_t node = 0;
    for (const MatchUnit& u : units) {
      uint32_t unit = g.vocab_.emplace(u.key, static_cast<uint32_t>(g.vocab_.size())).first->second;
      uint64_t edge = (uint64_t(node) << 32) | unit;
      uint32_t child = g.edges_.get(edge, 0);
      if (child == 0) {
        child = g.nodes_++;
        g.edges_.set(edge, child);
      }
      node = child;
    }
    payload.emplace_back(node, a);
  }
  // Every match starts at the root: its children in a direct array save a hash probe per text unit.
  g.root_child_.assign(g.vocab_.size(), 0);
  for (uint32_t u = 0; u < g.root_child_.size(); ++u) g.root_child_[u] = g.edges_.get(u, 0);
  // Where one name belongs to entries of several types ("Beijing" the city and a group alias), the
  // entry whose canonical name it is wins, then the type whose lists are curated rather than imported.
  auto cross_type_rank = [&](uint32_t a) {
    static const char* const kOrder[] = {"COUNTRY", "LOCATION", "AGENCY", "ORGANIZATION", "PERSON", "GROUP", "MALWARE"};
    const std::string& type = g.data_.entries[g.data_.aliases[a].entry].type;
    int rank = 7;
    for (int i = 0; i < 7; ++i)
      if (type == kOrder[i]) rank = i;
    bool canonical = (g.data_.aliases[a].flags & kAliasCanonical) != 0;
    return std::make_pair(canonical ? 0 : 1, rank);
  };
  // Group the (node, alias) pairs by node with a counting sort (alias order kept), then order each
  // node's few aliases by preference.
  g.payload_begin_.assign(std::size_t{g.nodes_} + 1, 0);
  for (const auto& [node, alias] : payload) ++g.payload_begin_[node + 1];
  for (uint32_t k = 0; k < g.nodes_; ++k) g.payload_begin_[k + 1] += g.payload_begin_[k];
  g.payload_.resize(payload.size());
  g.alias_node_.assign(g.data_.aliases.size(), 0);
  for (const auto& [node, alias] : payload) g.alias_node_[alias] = node;
  {
    std::vector<uint32_t> fill(g.payload_begin_.begin(), g.payload_begin_.end() - 1);
    for (const auto& [node, alias] : payload) g.payload_[fill[node]++] = alias;
  }
  for (uint32_t k = 0; k < g.nodes_; ++k)
    if (g.payload_begin_[k + 1] - g.payload_begin_[k] > 1)
      std::stable_sort(g.payload_.begin() + g.payload_begin_[k], g.payload_.begin() + g.payload_begin_[k + 1],
                       [&](uint32_t x, uint32_t y) { return cross_type_rank(x) < cross_type_rank(y); });
  for (uint32_t d = 0; d < g.data_.deny.size(); ++d) g.deny_by_surface_[g.data_.deny[d].surface].push_back(d);
  g.alias_source_begin_.reserve(g.data_.aliases.size() + 1);
  g.alias_source_begin_.push_back(0);
  for (const AliasRecord& rec : g.data_.aliases) {
    std::size_t slash = rec.file.find_last_of('/');
    std::string_view file = slash == std::string::npos ? std::string_view(rec.file) : std::string_view(rec.file).substr(slash + 1);
    g.alias_sources_.append("gazetteer:").append(file).append(":").append(std::to_string(rec.line));
    g.alias_source_begin_.push_back(g.alias_sources_.size());
  }
  g.entry_aliases_.resize(g.data_.entries.size());
  for (uint32_t a = 0; a < g.data_.aliases.size(); ++a) g.entry_aliases_[g.data_.aliases[a].entry].push_back(a);
  return g;
}

uint32_t Gazetteer::Child(uint32_t node, uint32_t unit) const {
  return edges_.get((uint64_t(node) << 32) | unit, 0);
}

bool Gazetteer::Accepts(const TokenizedText& text, uint32_t first_token, uint32_t end_token, uint32_t alias) const {
  uint16_t flags = effective_flags_[alias];
  if (flags & kAliasCaseSensitive) {
    const Token& a = text.tokens[first_token];
    const Token& b = text.tokens[end_token - 1];
    std::string found = LetterCase(text.decoded.cps, a.begin, b.end);
    if (found == letter_case_[alias]) return true;
    // French and British press write long acronyms as words: "Anssi", "Nato", "Otan".
    return (flags & kAliasAutoAcronym) && found.size() >= 4 && found.size() == letter_case_[alias].size() &&
           found[0] == 'U' && found.find('U', 1) == std::string::npos;
  }
  if ((flags & (kAliasInitialCap | kAliasKeepsArticle)) && !text.tokens[first_token].has(kCapitalized)) return false;
  // A derived short form ("Lazarus" from "Lazarus Group") right after another capitalized word is
  // part of a longer name ("Fancy Lazarus"), not this group.
  if ((flags & kAliasDerived) && !(flags & kAliasKeepsArticle) && first_token > 0) {
    const Token& prev = text.tokens[first_token - 1];
    if (prev.kind == TokenKind::kWord && prev.has(kCapitalized) && !prev.has(kSentenceInitial) &&
        !prev.has(kNewlineBefore) && text.tokens[first_token].has(kSpaceBefore) &&
        !text.tokens[first_token].has(kNewlineBefore))
      return false;
  }
  if ((flags & kAliasCapitalHead) && !text.tokens[end_token - 1].has(kCapitalized)) return false;
  if (flags & kAliasLaterCap) {
    bool later_capital = false;
    for (uint32_t k = first_token + 1; k < end_token; ++k) later_capital |= text.tokens[k].has(kCapitalized);
    if (!later_capital) return false;
  }
  if (flags & kAliasCapitalized) {
    // Each word starts with the letter case it has in the alias ("Turbine", not "turbine";
    // "Center for Information Security", where "for" stays lower case).
    if (WordCase(text, first_token, end_token) != word_case_[alias]) return false;
  }
  return true;
}

void Gazetteer::Match(const TokenizedText& text, const std::vector<MatchUnit>& units,
                      std::vector<GazetteerHit>* out) const {
  const std::size_t n = units.size();
  std::vector<uint32_t> ids(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto it = vocab_.find(units[i].key, units[i].hash);
    ids[i] = it == vocab_.end() ? kNoUnit : it->second;
  }
  std::size_t i = 0;
  while (i < n) {
    if (!units[i].starts_token || ids[i] == kNoUnit || root_child_[ids[i]] == 0) { ++i; continue; }
    uint32_t node = 0;
    GazetteerHit best;
    std::size_t best_end_unit = 0;
    bool found = false;
    for (std::size_t j = i; j < n && ids[j] != kNoUnit; ++j) {
      node = j == i ? root_child_[ids[j]] : Child(node, ids[j]);
      if (node == 0) break;
      if (!units[j].ends_token) continue;
      const uint32_t* p = payload_.data() + payload_begin_[node];
      const uint32_t* p_end = payload_.data() + payload_begin_[node + 1];
      if (p == p_end) continue;
      uint32_t first_token = units[i].token, end_token = units[j].token + 1;
      for (; p != p_end; ++p) {
        const uint32_t a = *p;
        if (Accepts(text, first_token, end_token, a)) {
          best = GazetteerHit{first_token, end_token, a};
          best_end_unit = j;
          found = true;
          break;
        }
      }
    }
    if (found) {
      out->push_back(best);
      i = best_end_unit + 1;
    } else {
      ++i;
    }
  }
}

bool IsGroupHeadWord(std::string_view folded) {
  return folded == "group" || folded == "team" || folded == "gang" || folded == "crew";
}

std::vector<uint32_t> Gazetteer::AmbiguousAlternatives(const TokenizedText& text, const GazetteerHit& hit) const {
  std::vector<uint32_t> out;
  const AliasRecord& found = data_.aliases[hit.alias];
  const uint32_t node = alias_node_[hit.alias];
  if (!(found.flags & kAliasAmbiguous) || node == 0) return out;
  for (uint32_t k = payload_begin_[node]; k < payload_begin_[node + 1]; ++k) {
    const uint32_t a = payload_[k];
    const AliasRecord& other = data_.aliases[a];
    if (a == hit.alias || other.entry == found.entry || !(other.flags & kAliasAmbiguous) ||
        !Accepts(text, hit.first_token, hit.end_token, a))
      continue;
    out.push_back(a);
  }
  return out;
}

const GazetteerEntry* Gazetteer::FindEntry(const std::string& id) const {
  auto it = data_.entry_by_id.find(id);
  return it == data_.entry_by_id.end() ? nullptr : &data_.entries[it->second];
}

std::vector<uint32_t> Gazetteer::AliasesWithKey(const std::string& folded) const {
  std::vector<uint32_t> out;
  auto it = by_key_.find(folded);
  if (it == by_key_.end()) return out;
  for (uint32_t a = it->second.first; a != kNoAlias; a = next_with_key_[a]) out.push_back(a);
  return out;
}

bool Gazetteer::Denied(std::string_view folded_surface, std::string_view type, std::string_view entry_id) const {
  auto rules = deny_by_surface_.find(folded_surface);
  if (rules == deny_by_surface_.end()) return false;
  for (uint32_t index : rules->second) {
    const DenyRule& d = data_.deny[index];
    if (!d.type.empty() && d.type != type) continue;
    if (!d.entry.empty() && d.entry != entry_id) continue;
    return true;
  }
  return false;
}

std::map<std::string, std::pair<std::size_t, std::size_t>> Gazetteer::CountsByType() const {
  std::map<std::string, std::pair<std::size_t, std::size_t>> out;
  for (const GazetteerEntry& e : data_.entries) out[e.type].first++;
  for (const AliasRecord& a : data_.aliases) out[data_.entries[a.entry].type].second++;
  return out;
}

void TakeAlias(const Gazetteer& gazetteer, uint32_t alias, Mention* m) {
  const AliasRecord& rec = gazetteer.alias(alias);
  const GazetteerEntry& e = gazetteer.entry(rec.entry);
  m->type = e.type;
  m->canonical = e.canonical;
  m->canonical_id = e.id;
  m->source = gazetteer.source(alias);
  m->alias = rec.text;
  m->alias_index = alias;
}

}  // namespace gazette
