// The token view every entity rule stage reads: keys, hashes and flags of tokens, capitalized-name
// walks forward and backward, and mention construction with canonical forms stored in the document's
// arena. Shared by the stage files (pattern_rules.cc, token_rules.cc, acronym_rules.cc, ...).
#ifndef GAZETTE_SRC_RULE_SCAN_H_
#define GAZETTE_SRC_RULE_SCAN_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "entity_rules.h"
#include "normalize.h"

namespace gazette {

/// "Velvet Comet" folded -> "velvet-comet": the id part of a rule-found name.
std::string Slug(std::string_view folded);
/// "ORGANIZATION" -> "org", "GROUP" -> "group": the id prefix of a rule-found name.
std::string TypePrefix(std::string_view type);
/// TypePrefix(type) + ":" + Slug(FoldString(canonical)), built in one string (ASCII names skip FoldString).
std::string RuleEntityId(std::string_view type, std::string_view canonical);

class Scan {
 public:
  explicit Scan(const RuleContext& ctx) : ctx_(ctx), t_(ctx.tokens), n_(ctx.tokens.tokens.size()) {}

  // The key straight from the buffer (TokenizedText::key's substr checks bounds at every call).
  std::string_view key(std::size_t i) const {
    const Token& t = t_.tokens[i];
    return std::string_view(t_.keys.data() + t.key_begin, t.key_size);
  }
  uint64_t hash(std::size_t i) const { return t_.key_hashes[i]; }
  const Token& tok(std::size_t i) const { return t_.tokens[i]; }

  std::string Surface(std::size_t first, std::size_t end) const {
    uint32_t b = t_.byte_begin(tok(first)), e = t_.byte_end(tok(end - 1));
    std::string_view s = ctx_.text.substr(b, e - b);
    std::string out;
    out.reserve(s.size());
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
    FoldedKeyInto(first, end, &out);
    return out;
  }
  // The same into `out` (cleared first), reusing its buffer.
  void FoldedKeyInto(std::size_t first, std::size_t end, std::string* out) const {
    out->clear();
    for (std::size_t i = first; i < end; ++i) {
      if (tok(i).has(kGluedHyphen)) continue;
      if (!out->empty()) out->push_back(' ');
      out->append(key(i));
    }
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

  // The lower-case half of a hyphenated surname ("Halla-aho", "Ben-ami"): a word glued after a hyphen
  // that is no common word, so "Smith-led" and "Putin-backed" stay outside the name.
  bool IsLowerNamePart(std::size_t i) const;

  bool Matches(std::size_t i, const Phrase& p) const {
    if (i + p.size() > n_) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
      const Token& t = tok(i + k);
      if (k > 0 && t.has(kNewlineBefore)) return false;
      // Sizes first: most phrases tried at a position differ in length from the text there.
      if (t.key_size != p[k].size() || std::memcmp(t_.keys.data() + t.key_begin, p[k].data(), p[k].size()) != 0)
        return false;
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
        while (j + 1 < n_ && tok(j).has(kGluedHyphen) && (IsNameWord(j + 1) || (person && IsLowerNamePart(j + 1)))) {
          j += 2;  // "Seine-Saint-Denis", "Jussi Halla-aho"
          last = j;
        }
        if (j < n_ && key(j) == "." && !tok(j).has(kSpaceBefore) && tok(j - 1).end - tok(j - 1).begin == 1 &&
            j + 1 < n_ && IsNameWord(j + 1) && !tok(j + 1).has(kNewlineBefore)) {
          ++j;  // initial: "Pierre J. Dalphond"
          last = j;
        }
        continue;
      }
      if (words > 0 && r.particles.contains(k, hash(j)) && j + 1 < n_ && !tok(j + 1).has(kNewlineBefore)) {
        std::size_t p = j + 1;
        while (p < n_ && r.particles.contains(key(p), hash(p))) ++p;
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
        while (j >= 2 && tok(j - 1).has(kGluedHyphen) && IsNameWord(j - 2) && !tok(j).has(kNewlineBefore)) { j -= 2; first = j; }
        continue;
      }
      // "Halla-aho": a lower-case second half of a person's hyphenated surname.
      if (person && words == 0 && i >= 2 && IsLowerNamePart(i) && tok(i - 1).has(kGluedHyphen) && IsNameWord(i - 2)) {
        j = i - 1;
        continue;
      }
      if (words > 0 && k == "." && i > 0 && tok(i - 1).end - tok(i - 1).begin == 1 && IsNameWord(i - 1)) {
        j = i;  // initial inside the name
        continue;
      }
      if (words > 0 && r.particles.contains(k, hash(i))) {  // "Tom van der Lee": particles between name words
        std::size_t p = i;
        while (p > 0 && r.particles.contains(key(p - 1), hash(p - 1))) --p;
        if (p > 0 && IsNameWord(p - 1) && !tok(p).has(kNewlineBefore)) { j = p; continue; }
      }
      break;
    }
    while (first < end && ctx_.rules.non_name_words.contains(key(first), hash(first))) ++first;
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
    std::string id = RuleEntityId(m->type, canonical);
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
inline bool IsQuote(std::string_view key) { return key == "\"" || key == "'" || key == "«" || key == "»" || key == "*"; }

/// A common word, or a regular English inflection of one ("Hiring": hire; "Shipping": ship).
bool IsCommonWord(const EntityRules& rules, std::string_view key);

inline bool IsListConjunction(std::string_view key) { return key == "and" || key == "or" || key == "et" || key == "ou"; }

/// For each of `n` tokens, the index of the mention covering it, or -1.
std::vector<int> CoveredBy(std::size_t n, const std::vector<Mention>& mentions);

}  // namespace gazette

#endif  // GAZETTE_SRC_RULE_SCAN_H_
