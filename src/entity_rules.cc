// Rule stages that find names no gazetteer lists. Each stage reads tokens and earlier mentions and
// appends candidate mentions; the overlap policy (overlap.cc) decides among them afterwards, so the
// stages stay independent and each is simple: a cue phrase next to a capitalized name, a head word
// inside a capitalized phrase, a parenthesized acronym next to its long form, a signature-list line.
#include "entity_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "normalize.h"

namespace gazette {

// Which pattern rules can match in a text: one DFA scan for all of them (each pattern alone scans at
// several hundred MB/s, but eleven scans of every document added up; most documents match few).
class PatternPrefilter {
 public:
  explicit PatternPrefilter(const std::vector<PatternRule>& patterns)
      : set_(patterns.empty() ? RE2::Options() : patterns[0].regex->options(), RE2::UNANCHORED) {
    ok_ = !patterns.empty();
    for (const PatternRule& p : patterns) ok_ = ok_ && set_.Add(p.regex->pattern(), nullptr) >= 0;
    ok_ = ok_ && set_.Compile();
    // Every match lies between PossibleMatchRange's bounds, so it starts with their common prefix:
    // "APT" for \bAPT[ -]?\d+, "Storm-" for \bStorm-\d{4}; none for alternations or \p{Lu}.
    for (const PatternRule& p : patterns) {
      std::string low, high, prefix;
      if (p.regex->PossibleMatchRange(&low, &high, 16))
        for (std::size_t k = 0; k < low.size() && k < high.size() && low[k] == high[k]; ++k) prefix.push_back(low[k]);
      prefixes_.push_back(std::move(prefix));
    }
  }
  bool ok() const { return ok_; }
  /// The literal text every match of pattern `r` starts with (empty when there is none).
  const std::string& prefix(std::size_t r) const { return prefixes_[r]; }
  /// Fills `matching` with one flag per pattern; false when the scan failed (run every pattern then).
  bool Matching(std::string_view text, std::vector<bool>* matching) const {
    std::vector<int> hits;
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    // No match and no error: nothing can match. An error (DFA out of memory): unknown, run everything.
    if (!set_.Match(re2::StringPiece(text.data(), text.size()), &hits, &info) && info.kind != RE2::Set::kNoError)
      return false;
    for (int h : hits) (*matching)[static_cast<std::size_t>(h)] = true;
    return true;
  }

 private:
  RE2::Set set_;
  std::vector<std::string> prefixes_;
  bool ok_ = false;
};

void IndexEntityRules(EntityRules* rules) {
  for (CueRule& rule : rules->cue_rules) {
    rule.context_first_words.clear();
    for (const Phrase& p : rule.context_before)
      if (!p.empty()) rule.context_first_words.insert(p[0]);
  }
  rules->pattern_prefilter.reset();
  if (!rules->patterns.empty()) {
    auto prefilter = std::make_shared<const PatternPrefilter>(rules->patterns);
    if (prefilter->ok()) rules->pattern_prefilter = std::move(prefilter);
  }
  rules->cue_index.clear();
  for (std::size_t r = 0; r < rules->cue_rules.size(); ++r)
    for (std::size_t c = 0; c < rules->cue_rules[r].cues.size(); ++c)
      rules->cue_index[rules->cue_rules[r].cues[c][0]].emplace_back(r, c);
  rules->head_index.clear();
  for (std::size_t r = 0; r < rules->head_rules.size(); ++r)
    for (std::size_t h = 0; h < rules->head_rules[r].heads.size(); ++h)
      rules->head_index[rules->head_rules[r].heads[h][0]].emplace_back(r, h);
}

namespace {

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

class Scan {
 public:
  explicit Scan(const RuleContext& ctx) : ctx_(ctx), t_(ctx.tokens), n_(ctx.tokens.tokens.size()) {}

  std::string_view key(std::size_t i) const { return t_.key(i); }
  uint64_t hash(std::size_t i) const { return t_.key_hashes[i]; }
  const Token& tok(std::size_t i) const { return t_.tokens[i]; }

  std::string Surface(std::size_t first, std::size_t end) const {
    uint32_t b = t_.byte_begin(tok(first)), e = t_.byte_end(tok(end - 1));
    std::string s(ctx_.text.substr(b, e - b));
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = true; continue; }
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    return out;
  }

  // Folded token keys joined by single spaces, glued hyphens dropped (the deny-list key form).
  std::string FoldedKey(std::size_t first, std::size_t end) const {
    std::string out;
    for (std::size_t i = first; i < end; ++i) {
      if (tok(i).has(kGluedHyphen)) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(key(i));
    }
    return out;
  }

  bool IsNameWord(std::size_t i) const {
    const Token& t = tok(i);
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return false;
    if (t.kind == TokenKind::kNumber) return false;
    std::string_view k = key(i);
    if (!k.empty() && k.back() == '\'') return false;  // elision l', d'
    if (k == "'s") return false;
    return t.has(kCapitalized) || (t.has(kHasDigit) && t.has(kAllCaps));
  }

  bool Matches(std::size_t i, const Phrase& p) const {
    if (i + p.size() > n_) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
      if (k > 0 && tok(i + k).has(kNewlineBefore)) return false;
      if (key(i + k) != p[k]) return false;
    }
    return true;
  }

  // End (exclusive) of a capitalized name starting at i, or i when there is none.
  std::size_t NameForward(std::size_t i, int max_words, bool person) const {
    const auto& r = ctx_.rules;
    std::size_t j = i, last = i;
    int words = 0;
    while (j < n_ && words < max_words) {
      if (j > i && tok(j).has(kNewlineBefore)) break;
      std::string_view k(key(j));
      if (IsNameWord(j) && !(j == i && r.non_name_words.contains(k, hash(j))) && !(person && r.person_titles.contains(k, hash(j)))) {
        ++j;
        ++words;
        last = j;
        if (j + 1 < n_ && tok(j).has(kGluedHyphen) && IsNameWord(j + 1)) { j += 2; last = j; }
        if (j < n_ && key(j) == "." && !tok(j).has(kSpaceBefore) && tok(j - 1).end - tok(j - 1).begin == 1 &&
            j + 1 < n_ && IsNameWord(j + 1) && !tok(j + 1).has(kNewlineBefore)) {
          ++j;  // initial: "Pierre J. Dalphond"
          last = j;
        }
        continue;
      }
      if (words > 0 && r.particles.contains(k, hash(j)) && j + 1 < n_ && !tok(j + 1).has(kNewlineBefore)) {
        std::size_t p = j + 1;
        while (p < n_ && r.particles.count(key(p))) ++p;
        if (p < n_ && IsNameWord(p)) { j = p; continue; }
      }
      break;
    }
    // A name never ends on an initial's dot.
    if (last > i && key(last - 1) == ".") --last;
    return last;
  }

  // Start of a capitalized name ending at `end` (exclusive), or `end` when there is none.
  std::size_t NameBackward(std::size_t end, int max_words, bool person) const {
    const auto& r = ctx_.rules;
    std::size_t j = end, first = end;
    int words = 0;
    while (j > 0 && words < max_words) {
      std::size_t i = j - 1;
      if (i + 1 < end && tok(i + 1).has(kNewlineBefore)) break;
      std::string_view k(key(i));
      if (IsNameWord(i) && !(person && r.person_titles.contains(k, hash(i)))) {
        j = i;
        ++words;
        first = j;
        if (j >= 2 && tok(j - 1).has(kGluedHyphen) && IsNameWord(j - 2) && !tok(j).has(kNewlineBefore)) { j -= 2; first = j; }
        continue;
      }
      if (words > 0 && k == "." && i > 0 && tok(i - 1).end - tok(i - 1).begin == 1 && IsNameWord(i - 1)) {
        j = i;  // initial inside the name
        continue;
      }
      if (words > 0 && r.particles.count(k)) {  // "Tom van der Lee": particles between name words
        std::size_t p = i;
        while (p > 0 && r.particles.count(key(p - 1))) --p;
        if (p > 0 && IsNameWord(p - 1) && !tok(p).has(kNewlineBefore)) { j = p; continue; }
      }
      break;
    }
    while (first < end && ctx_.rules.non_name_words.count(key(first))) ++first;
    return first;
  }

  // `type` and `source` must outlive the document (rule data or literals); the canonical form and id
  // are stored in the document's arena.
  Mention Make(std::size_t first, std::size_t end, std::string_view type, std::string_view source,
               MentionSource kind) const {
    Mention m;
    m.first_token = static_cast<uint32_t>(first);
    m.end_token = static_cast<uint32_t>(end);
    m.type = type;
    SetCanonical(&m, Surface(first, end));
    m.source = source;
    m.kind = kind;
    return m;
  }

  void SetCanonical(Mention* m, std::string canonical) const {
    std::string id = TypePrefix(m->type) + ":" + Slug(FoldString(canonical));
    m->canonical = ctx_.arena->Store(std::move(canonical));
    m->canonical_id = ctx_.arena->Store(std::move(id));
  }

  std::size_t size() const { return n_; }
  const RuleContext& ctx() const { return ctx_; }

 private:
  const RuleContext& ctx_;
  const TokenizedText& t_;
  std::size_t n_;
};

// Quotation marks around a name ("a group dubbed “Velvet Comet”"), as folded keys.
bool IsQuote(std::string_view key) { return key == "\"" || key == "'" || key == "«" || key == "»" || key == "*"; }

// A common word, or a regular English inflection of one ("Hiring": hire; "Shipping": ship).
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

bool IsListConjunction(std::string_view key) { return key == "and" || key == "or" || key == "et" || key == "ou"; }

std::vector<int> CoveredBy(std::size_t n, const std::vector<Mention>& mentions) {
  std::vector<int> cover(n, -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    for (uint32_t t = mentions[m].first_token; t < mentions[m].end_token && t < n; ++t) cover[t] = static_cast<int>(m);
  return cover;
}

}  // namespace

void ApplyPatternRules(const RuleContext& ctx, std::vector<Mention>* out) {
  const TokenizedText& t = ctx.tokens;
  if (ctx.rules.patterns.empty() || t.tokens.empty()) return;
  std::vector<bool> may_match(ctx.rules.patterns.size(), false);
  if (!ctx.rules.pattern_prefilter || !ctx.rules.pattern_prefilter->Matching(ctx.text, &may_match))
    may_match.assign(may_match.size(), true);
  if (std::find(may_match.begin(), may_match.end(), true) == may_match.end()) return;
  // Token boundaries as sorted byte offsets, searched per match (no per-document hash maps).
  std::vector<uint32_t> starts(t.tokens.size()), ends(t.tokens.size());
  for (uint32_t i = 0; i < t.tokens.size(); ++i) {
    starts[i] = t.byte_begin(t.tokens[i]);
    ends[i] = t.byte_end(t.tokens[i]);
  }
  auto token_starting_at = [&](uint32_t b) -> long {
    auto it = std::lower_bound(starts.begin(), starts.end(), b);
    return it != starts.end() && *it == b ? static_cast<long>(it - starts.begin()) : -1;
  };
  auto token_ending_at = [&](uint32_t e) -> long {
    auto it = std::lower_bound(ends.begin(), ends.end(), e);
    return it != ends.end() && *it == e ? static_cast<long>(it - ends.begin()) : -1;
  };
  Scan scan(ctx);
  for (std::size_t r = 0; r < ctx.rules.patterns.size(); ++r) {
    if (!may_match[r]) continue;
    const PatternRule& rule = ctx.rules.patterns[r];
    re2::StringPiece input(ctx.text.data(), ctx.text.size());
    const int groups = rule.regex->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(static_cast<std::size_t>(groups) + 1);
    // With a literal prefix, only tokens starting with it are tried (an anchored match each);
    // otherwise one unanchored scan of the text.
    const std::string* prefix = ctx.rules.pattern_prefilter ? &ctx.rules.pattern_prefilter->prefix(r) : nullptr;
    const bool anchored = prefix != nullptr && !prefix->empty();
    std::size_t pos = 0, next_token = 0;
    auto next_match = [&]() {
      if (!anchored)
        return pos <= ctx.text.size() &&
               rule.regex->Match(input, pos, ctx.text.size(), RE2::UNANCHORED, sub.data(), groups + 1);
      for (; next_token < starts.size(); ++next_token) {
        const std::size_t b = starts[next_token];
        if (ctx.text.compare(b, prefix->size(), *prefix) != 0 || b < pos) continue;
        if (rule.regex->Match(input, b, ctx.text.size(), RE2::ANCHOR_START, sub.data(), groups + 1)) {
          ++next_token;
          return true;
        }
      }
      return false;
    };
    while (next_match()) {
      std::size_t b = static_cast<std::size_t>(sub[0].data() - ctx.text.data());
      std::size_t e = b + sub[0].size();
      pos = e > b ? e : b + 1;
      long found_first = token_starting_at(static_cast<uint32_t>(b));
      long found_last = token_ending_at(static_cast<uint32_t>(e));
      if (found_first < 0 || found_last < found_first) continue;
      const auto first = static_cast<std::size_t>(found_first), last = static_cast<std::size_t>(found_last);
      // "The Taurus": a sentence-initial function word is not part of a name.
      if (last > first && !scan.tok(first).has(kAllCaps) &&
          ctx.rules.non_name_words.count(scan.key(first)))
        continue;
      Mention m = scan.Make(first, last + 1, rule.type, rule.source, MentionSource::kPattern);
      if (!rule.canonical.empty()) {
        std::string canonical;
        if (rule.regex->Rewrite(&canonical, rule.canonical, sub.data(), groups + 1))
          scan.SetCanonical(&m, std::move(canonical));
      }
      out->push_back(m);
    }
  }
}

void ApplyTokenRules(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  const EntityRules& rules = ctx.rules;
  std::vector<int> cover = CoveredBy(n, known);

  // Cue rules.
  for (std::size_t i = 0; i < n; ++i) {
    auto it = rules.cue_index.find(scan.key(i), scan.hash(i));
    if (it == rules.cue_index.end()) continue;
    for (auto [r, c] : it->second) {
      const CueRule& rule = rules.cue_rules[r];
      const Phrase& cue = rule.cues[c];
      if (!scan.Matches(i, cue)) continue;
      bool person = rule.type == "PERSON";
      // "MS Defender" is not "Ms Defender": a short title written in capitals is an acronym.
      if (person && scan.tok(i).has(kAllCaps) && scan.tok(i).end - scan.tok(i).begin <= 3 &&
          (cue[0] == "mr" || cue[0] == "mrs" || cue[0] == "ms" || cue[0] == "dr" || cue[0] == "sen" ||
           cue[0] == "rep" || cue[0] == "hon" || cue[0] == "sir"))
        continue;
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
        end = scan.NameForward(first, rule.max_words, person);
      } else {
        end = i;
        if (end == 0 || scan.tok(i).has(kNewlineBefore)) continue;
        first = scan.NameBackward(end, rule.max_words, person);
        // "Joker's Stash operators": the words after a possessive are part of a longer name.
        if (first < end && first > 0 && scan.key(first - 1) == "'s") continue;
      }
      if (!check(first, end, &is_known)) continue;
      if (!is_known) emit(first, end);
      // "known as ‘Foo’, Bar and “Baz”": every name of a coordinated list after the cue.
      while (rule.after && rule.lists) {
        std::size_t j = end;
        if (j < n && IsQuote(scan.key(j)) && !scan.tok(j).has(kSpaceBefore)) ++j;  // closing quote
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
      if (!scan.Matches(i, head) || !scan.IsNameWord(i)) continue;
      std::size_t first = i, end = i + head.size();
      if (rule.head_first) {
        // Head, then connectors and capitalized words: "University of the People", "Agence X".
        std::size_t j = end, last = end;
        while (j < n && !scan.tok(j).has(kNewlineBefore) && j - i < 10) {
          std::string_view k(scan.key(j));
          if (scan.IsNameWord(j)) { ++j; last = j; continue; }
          // "Ministry of State Security and Iran's ...": a coordination does not go on into a name
          // a gazetteer already knows; that is the next item of a list.
          if (k == "and" || k == "et" || k == "&") {
            std::size_t next = j + 1;
            while (next < n && rules.connectors.count(scan.key(next))) ++next;  // "et la France"
            if (next < n && cover[next] >= 0) break;
          }
          if (rules.connectors.count(k) || k == "'" ) { ++j; continue; }
          if (scan.tok(j).has(kGluedHyphen)) { ++j; continue; }
          break;
        }
        end = last;
      } else {
        first = scan.NameBackward(i, 5, false);
      }
      if (end - first <= head.size()) continue;
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
  auto type_from_heads = [&](std::size_t first, std::size_t end) -> std::string_view {
    std::string_view type;
    for (std::size_t i = first; i < end; ++i) {
      auto it = rules.acronym_head_types.find(scan.key(i));
      if (it != rules.acronym_head_types.end() && type.empty()) type = it->second;
    }
    return type;
  };
  auto define = [&](std::size_t lf_first, std::size_t lf_end, std::size_t ac_first, std::size_t ac_end) {
    std::string letters = AcronymLetters(scan, ac_first, ac_end);
    // Trim the long form from the left until its initials can spell the acronym.
    while (lf_first < lf_end) {
      std::string initials = Initials(scan, lf_first, lf_end);
      if (!initials.empty() && initials[0] == letters[0] && IsSubsequence(letters, initials)) break;
      ++lf_first;
    }
    const Mention* acr = known_exact(ac_first, ac_end);
    const Mention* lf = nullptr;
    if (lf_first >= lf_end || !long_form_ok(lf_first, lf_end)) {
      // Not an initialism: still link the pair when the gazetteer knows both as one entity.
      return;
    }
    lf = known_exact(lf_first, lf_end);
    Mention base;
    if (acr) base = *acr;
    else if (lf) base = *lf;
    else {
      std::string_view type = type_from_heads(lf_first, lf_end);
      if (type.empty()) return;
      base = scan.Make(lf_first, lf_end, type, "rule:acronym-definition", MentionSource::kDefinition);
      scan.SetCanonical(&base, scan.Surface(ac_first, ac_end));
    }
    for (auto [f, e] : {std::pair<std::size_t, std::size_t>{lf_first, lf_end}, {ac_first, ac_end}}) {
      Mention m = base;
      m.first_token = static_cast<uint32_t>(f);
      m.end_token = static_cast<uint32_t>(e);
      m.kind = MentionSource::kDefinition;
      m.demonym = false;
      if (m.source.rfind("gazetteer:", 0) != 0) m.source = "rule:acronym-definition";
      out->push_back(m);
    }
  };
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (scan.key(i) != "(") continue;
    std::size_t close = i + 1;
    while (close < n && scan.key(close) != ")" && close - i < 16 && !scan.tok(close).has(kNewlineBefore)) ++close;
    if (close >= n || scan.key(close) != ")") continue;
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
      if (first < i) define(first, i, i + 1, close);
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
      if (ac_first < ac_end && IsAcronym(scan, ac_first, ac_end) && long_form_ok(i + 1, close)) {
        std::string letters = AcronymLetters(scan, ac_first, ac_end);
        std::string initials = Initials(scan, i + 1, close);
        if (!initials.empty() && initials[0] == letters[0] && IsSubsequence(letters, initials))
          define(i + 1, close, ac_first, ac_end);
      }
    }
  }
}

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
    std::size_t line_end = i + 1;
    while (line_end < n && !scan.tok(line_end).has(kNewlineBefore)) ++line_end;
    if (scan.key(i) != "|") { in_table = false; continue; }
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

void ApplyCoreference(const RuleContext& ctx, const std::vector<Mention>& resolved, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<int> cover = CoveredBy(n, resolved);
  // Surname -> person mention index (-2 when two people share it).
  StringMap<int> surnames;
  // Folded name -> mention index, for names that rules (not gazetteers) found.
  StringMap<int> names;
  std::size_t longest = 1;
  for (std::size_t m = 0; m < resolved.size(); ++m) {
    const Mention& x = resolved[m];
    if (x.type == "PERSON" && x.length() >= 2) {
      std::size_t last = x.end_token - 1;
      if (!scan.IsNameWord(last)) continue;
      std::string s(scan.key(last));
      auto [it, inserted] = surnames.emplace(s, static_cast<int>(m));
      if (!inserted && it->second >= 0 && resolved[static_cast<std::size_t>(it->second)].canonical_id != x.canonical_id)
        it->second = -2;
    }
    if (x.kind != MentionSource::kGazetteer && !x.demonym && x.propagates) {
      names.emplace(scan.FoldedKey(x.first_token, x.end_token), static_cast<int>(m));
      longest = std::max<std::size_t>(longest, x.length());
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
    for (std::size_t len = names.empty() ? 0 : std::min(longest, n - i); len >= 1 && !matched; --len) {
      bool free = true, some_free = false;
      for (std::size_t k = i; k < i + len; ++k) {
        free &= free_in(k, i, i + len);
        some_free |= cover[k] == -1;
      }
      if (!free || !some_free || !scan.IsNameWord(i + len - 1)) continue;
      auto it = names.find(scan.FoldedKey(i, i + len));
      if (it == names.end()) continue;
      const Mention& src = resolved[static_cast<std::size_t>(it->second)];
      // Same letter case as the first mention (so "groove" the word never links to "Groove").
      if (LetterCase(ctx.tokens.decoded.cps, scan.tok(i).begin, scan.tok(i + len - 1).end) !=
          LetterCase(ctx.tokens.decoded.cps, scan.tok(src.first_token).begin, scan.tok(src.end_token - 1).end))
        continue;
      Mention m = src;
      m.first_token = static_cast<uint32_t>(i);
      m.end_token = static_cast<uint32_t>(i + len);
      m.kind = MentionSource::kCoreference;
      out->push_back(m);
      for (std::size_t k = i; k < i + len; ++k) cover[k] = -3;
      matched = true;
    }
    if (matched || cover[i] != -1) continue;
    auto s = surnames.find(scan.key(i));
    if (s == surnames.end() || s->second < 0) continue;
    // A lone surname, not followed by another capitalized word (that would be another full name).
    if (i + 1 < n && scan.IsNameWord(i + 1) && !scan.tok(i + 1).has(kNewlineBefore)) continue;
    Mention m = resolved[static_cast<std::size_t>(s->second)];
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(i + 1);
    m.kind = MentionSource::kCoreference;
    m.source = "rule:surname-coreference";
    out->push_back(m);
  }
}

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
  // "Pakistan.doc", "QATAR.pdf": a file name.
  std::size_t e = m.end_token;
  return e + 1 < end && scan.key(e) == "." && scan.tok(e + 1).kind == TokenKind::kWord && !scan.tok(e + 1).has(kCapitalized);
}

}  // namespace

void ApplyGuards(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<Mention> kept;
  kept.reserve(mentions->size());
  uint32_t language_end = 0;  // end token of the last demonym dropped as a language name
  for (Mention& m : *mentions) {
    // "fluent in French and Russian": a demonym coordinated with a language name is one too.
    if (m.demonym && language_end > 0 && m.first_token == language_end + 1) {
      std::string_view sep = scan.key(language_end);
      if (sep == "and" || sep == "or" || sep == "et" || sep == "ou" || sep == ",") {
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
    if (InsideUrlOrPath(scan, m)) continue;
    std::string folded = scan.FoldedKey(m.first_token, m.end_token);
    if (ctx.gazetteer.Denied(folded, m.type, m.canonical_id)) continue;
    kept.push_back(m);
  }
  *mentions = std::move(kept);
}

}  // namespace gazette
