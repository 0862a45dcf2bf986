// Rule stages that find names no gazetteer lists. Each stage reads tokens and earlier mentions and
// appends candidate mentions; the overlap policy (overlap.cc) decides among them afterwards, so the
// stages stay independent and each is simple: a cue phrase next to a capitalized name, a head word
// inside a capitalized phrase, a parenthesized acronym next to its long form, a signature-list line.
#include "entity_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>

#include "normalize.h"

namespace gazette {

void IndexEntityRules(EntityRules* rules) {
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

std::string TypePrefix(const std::string& type) {
  std::string p;
  for (char c : type) p.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  if (type == "ORGANIZATION") return "org";
  return p;
}

class Scan {
 public:
  explicit Scan(const RuleContext& ctx) : ctx_(ctx), t_(ctx.tokens), n_(ctx.tokens.tokens.size()) {}

  std::string_view key(std::size_t i) const { return t_.key(i); }
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
      std::string k(key(j));
      if (IsNameWord(j) && !(j == i && r.non_name_words.count(k)) && !(person && r.person_titles.count(k))) {
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
      if (words > 0 && r.particles.count(k) && j + 1 < n_ && !tok(j + 1).has(kNewlineBefore)) {
        std::size_t p = j + 1;
        while (p < n_ && r.particles.count(std::string(key(p)))) ++p;
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
      std::string k(key(i));
      if (IsNameWord(i) && !(person && r.person_titles.count(k))) {
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
        while (p > 0 && r.particles.count(std::string(key(p - 1)))) --p;
        if (p > 0 && IsNameWord(p - 1) && !tok(p).has(kNewlineBefore)) { j = p; continue; }
      }
      break;
    }
    while (first < end && ctx_.rules.non_name_words.count(std::string(key(first)))) ++first;
    return first;
  }

  Mention Make(std::size_t first, std::size_t end, const std::string& type, const std::string& rule_id,
               MentionSource kind) const {
    Mention m;
    m.first_token = static_cast<uint32_t>(first);
    m.end_token = static_cast<uint32_t>(end);
    m.type = type;
    m.canonical = Surface(first, end);
    m.canonical_id = TypePrefix(type) + ":" + Slug(FoldString(m.canonical));
    m.source = "rule:" + rule_id;
    m.kind = kind;
    return m;
  }

  std::size_t size() const { return n_; }
  const RuleContext& ctx() const { return ctx_; }

 private:
  const RuleContext& ctx_;
  const TokenizedText& t_;
  std::size_t n_;
};

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
  for (const PatternRule& rule : ctx.rules.patterns) {
    re2::StringPiece input(ctx.text.data(), ctx.text.size());
    const int groups = rule.regex->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(static_cast<std::size_t>(groups) + 1);
    std::size_t pos = 0;
    while (pos <= ctx.text.size() &&
           rule.regex->Match(input, pos, ctx.text.size(), RE2::UNANCHORED, sub.data(), groups + 1)) {
      std::size_t b = static_cast<std::size_t>(sub[0].data() - ctx.text.data());
      std::size_t e = b + sub[0].size();
      pos = e > b ? e : b + 1;
      long found_first = token_starting_at(static_cast<uint32_t>(b));
      long found_last = token_ending_at(static_cast<uint32_t>(e));
      if (found_first < 0 || found_last < found_first) continue;
      const auto first = static_cast<std::size_t>(found_first), last = static_cast<std::size_t>(found_last);
      // "The Taurus": a sentence-initial function word is not part of a name.
      if (last > first && !scan.tok(first).has(kAllCaps) &&
          ctx.rules.non_name_words.count(std::string(scan.key(first))))
        continue;
      Mention m = scan.Make(first, last + 1, rule.type, rule.id, MentionSource::kPattern);
      if (!rule.canonical.empty()) {
        std::string canonical;
        if (rule.regex->Rewrite(&canonical, rule.canonical, sub.data(), groups + 1)) {
          m.canonical = canonical;
          m.canonical_id = TypePrefix(rule.type) + ":" + Slug(FoldString(canonical));
        }
      }
      out->push_back(std::move(m));
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
    auto it = rules.cue_index.find(std::string(scan.key(i)));
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
      std::size_t first, end;
      if (rule.after) {
        first = i + cue.size();
        if (first >= n || scan.tok(first).has(kNewlineBefore)) continue;
        end = scan.NameForward(first, rule.max_words, person);
      } else {
        end = i;
        if (end == 0 || scan.tok(i).has(kNewlineBefore)) continue;
        first = scan.NameBackward(end, rule.max_words, person);
      }
      if (end <= first) continue;
      int words = 0, common = 0;
      for (std::size_t k = first; k < end; ++k) {
        if (!scan.IsNameWord(k)) continue;
        ++words;
        common += rules.common_words.count(std::string(scan.key(k))) != 0;
      }
      if (words < rule.min_words || (common == words && rule.type != "PERSON" && !rule.allow_common_words)) continue;
      if (!rule.context_before.empty()) {
        bool found = false;
        std::size_t from = i >= 6 ? i - 6 : 0;
        for (std::size_t k = from; k < i && !found; ++k)
          for (const Phrase& p : rule.context_before) found |= scan.Matches(k, p);
        if (!found) continue;
      }
      if (!rule.name_may_be_known) {
        bool overlaps = false;
        for (std::size_t k = first; k < end; ++k) overlaps |= cover[k] >= 0;
        if (overlaps) continue;
      }
      out->push_back(scan.Make(first, end, rule.type, rule.id, MentionSource::kTokenRule));
    }
  }

  // Head-word rules: capitalized phrases typed by a head word.
  for (std::size_t i = 0; i < n; ++i) {
    auto hit = rules.head_index.find(std::string(scan.key(i)));
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
          std::string k(scan.key(j));
          if (scan.IsNameWord(j)) { ++j; last = j; continue; }
          if (rules.connectors.count(k) || k == "'" ) { ++j; continue; }
          if (scan.tok(j).has(kGluedHyphen)) { ++j; continue; }
          break;
        }
        end = last;
      } else {
        first = scan.NameBackward(i, 5, false);
      }
      if (end - first <= head.size()) continue;
      out->push_back(scan.Make(first, end, rule.type, rule.id, MentionSource::kTokenRule));
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
    const std::string& itype = inside_mention.type;
    if (itype != "COUNTRY" && itype != "ORGANIZATION" && itype != "LOCATION") continue;
    std::size_t end = i;
    while (end > 0 && rules.person_titles.count(std::string(scan.key(end - 1))) && !scan.tok(end - 1).has(kNewlineBefore) &&
           scan.key(end - 1) != "(")
      --end;  // trailing roles: MP, MEP, MdB
    std::size_t first = scan.NameBackward(end, 5, true);
    if (first >= end) continue;
    std::size_t line_start = first;
    while (line_start > 0 && !scan.tok(line_start).has(kNewlineBefore)) {
      std::string k(scan.key(line_start - 1));
      if (!rules.person_titles.count(k) && k != ".") break;
      --line_start;
    }
    if (line_start > 0 && !scan.tok(line_start).has(kNewlineBefore)) continue;
    int words = 0;
    for (std::size_t k = first; k < end; ++k) words += scan.IsNameWord(k);
    if (words < 2) continue;
    out->push_back(scan.Make(first, end, "PERSON", "person-list-line", MentionSource::kTokenRule));
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
      if (rules.connectors.count(std::string(scan.key(i)))) continue;
      return false;
    }
    return true;
  };
  auto type_from_heads = [&](std::size_t first, std::size_t end) -> std::string {
    std::string type;
    for (std::size_t i = first; i < end; ++i) {
      auto it = rules.acronym_head_types.find(std::string(scan.key(i)));
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
      std::string type = type_from_heads(lf_first, lf_end);
      if (type.empty()) return;
      base = scan.Make(lf_first, lf_end, type, "acronym-definition", MentionSource::kDefinition);
      base.canonical = scan.Surface(ac_first, ac_end);
      base.canonical_id = TypePrefix(type) + ":" + Slug(FoldString(base.canonical));
    }
    for (auto [f, e] : {std::pair<std::size_t, std::size_t>{lf_first, lf_end}, {ac_first, ac_end}}) {
      Mention m = base;
      m.first_token = static_cast<uint32_t>(f);
      m.end_token = static_cast<uint32_t>(e);
      m.kind = MentionSource::kDefinition;
      m.demonym = false;
      if (m.source.rfind("gazetteer:", 0) != 0) m.source = "rule:acronym-definition";
      out->push_back(std::move(m));
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
            rules.connectors.count(std::string(scan.key(p))))
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

void ApplyCoreference(const RuleContext& ctx, const std::vector<Mention>& resolved, std::vector<Mention>* out) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<int> cover = CoveredBy(n, resolved);
  // Surname -> person mention index (-2 when two people share it).
  std::unordered_map<std::string, int> surnames;
  // Folded name -> mention index, for names that rules (not gazetteers) found.
  std::unordered_map<std::string, int> names;
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
    if (x.kind != MentionSource::kGazetteer && !x.demonym) {
      names.emplace(scan.FoldedKey(x.first_token, x.end_token), static_cast<int>(m));
      longest = std::max<std::size_t>(longest, x.length());
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (cover[i] >= 0 || !scan.IsNameWord(i)) continue;
    bool matched = false;
    for (std::size_t len = std::min(longest, n - i); len >= 1 && !matched; --len) {
      bool free = true;
      for (std::size_t k = i; k < i + len; ++k) free &= cover[k] < 0;
      if (!free || !scan.IsNameWord(i + len - 1)) continue;
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
      out->push_back(std::move(m));
      for (std::size_t k = i; k < i + len; ++k) cover[k] = -3;
      matched = true;
    }
    if (matched) continue;
    auto s = surnames.find(std::string(scan.key(i)));
    if (s == surnames.end() || s->second < 0) continue;
    // A lone surname, not followed by another capitalized word (that would be another full name).
    if (i + 1 < n && scan.IsNameWord(i + 1) && !scan.tok(i + 1).has(kNewlineBefore)) continue;
    Mention m = resolved[static_cast<std::size_t>(s->second)];
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(i + 1);
    m.kind = MentionSource::kCoreference;
    m.source = "rule:surname-coreference";
    out->push_back(std::move(m));
  }
}

void ApplyGuards(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  static const std::unordered_map<std::string, bool> kSpeak = {
      {"speak", true}, {"speaks", true}, {"spoke", true}, {"speaking", true}, {"fluent", true},
      {"parle", true}, {"parlent", true}, {"parler", true}, {"translated", true}};
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
    // "Chinese-language", "Russian-speaking": a demonym inside a hyphenated modifier is not a mention.
    if ((m.demonym || m.type == "LOCATION") && m.end_token + 1 < n && scan.tok(m.end_token).has(kGluedHyphen) &&
        !scan.tok(m.end_token + 1).has(kCapitalized))
      continue;
    if (m.demonym && m.first_token > 0) {
      std::string prev(scan.key(m.first_token - 1));
      if (kSpeak.count(prev)) { language_end = m.end_token; continue; }
      if (ctx.rules.language_cues.count(prev)) {
        bool next_is_word = m.end_token < n && scan.tok(m.end_token).kind == TokenKind::kWord &&
                            scan.key(m.end_token) != "and" && scan.key(m.end_token) != "et";
        if (!next_is_word) { language_end = m.end_token; continue; }
      }
    }
    // "US $1,000", "US$20": a currency, not the country.
    if (m.type == "COUNTRY" && m.end_token < n && (scan.key(m.end_token) == "$" || scan.tok(m.end_token).kind == TokenKind::kNumber))
      continue;
    std::string folded = scan.FoldedKey(m.first_token, m.end_token);
    if (ctx.gazetteer.Denied(folded, m.type, m.canonical_id)) continue;
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);
}

}  // namespace gazette
