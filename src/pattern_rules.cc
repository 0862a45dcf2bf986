// Pattern rules: RE2 naming schemes ("APT 31", "Storm-0558", "UNC5221") over the original text. A
// pattern whose matches all start with a literal ("APT", "Storm-") is tried anchored at the tokens that
// start with it, found in one pass over the tokens; no scan of the whole text is needed for those. The
// other patterns share one RE2::Set scan that tells which of them can match, and those scan the text.
// A match counts only where it starts and ends on token boundaries, and its canonical form comes from
// the rule's rewrite string.
#include "rule_scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace gazette {

// How the pattern rules find their candidates in a text (built once, immutable).
class PatternPrefilter {
 public:
  explicit PatternPrefilter(const std::vector<PatternRule>& patterns)
      : unprefixed_(patterns.empty() ? RE2::Options() : patterns[0].regex->options(), RE2::UNANCHORED) {
    // Every match lies between PossibleMatchRange's bounds, so it starts with their common prefix:
    // "APT" for \bAPT[ -]?\d+, "Storm-" for \bStorm-\d{4}; none for alternations or \p{Lu}.
    ok_ = true;
    for (std::size_t r = 0; r < patterns.size(); ++r) {
      std::string low, high, prefix;
      if (patterns[r].regex->PossibleMatchRange(&low, &high, 16))
        for (std::size_t k = 0; k < low.size() && k < high.size() && low[k] == high[k]; ++k) prefix.push_back(low[k]);
      // The byte after the prefix lies between the bounds' bytes there ("G" then '0'..'1' for
      // \bG[01]\d{3}\b), so "German" or "Government" is never tried.
      NextByte next;
      const std::size_t k = prefix.size();
      if (!prefix.empty() && k < low.size() && k < high.size()) next = NextByte{true, low[k], high[k]};
      next_bytes_.push_back(next);
      if (!prefix.empty()) {
        by_first_byte_[static_cast<unsigned char>(prefix[0])].push_back(r);
      } else {
        ok_ = ok_ && unprefixed_.Add(patterns[r].regex->pattern(), nullptr) >= 0;
        unprefixed_patterns_.push_back(r);
      }
      prefixes_.push_back(std::move(prefix));
    }
    if (!unprefixed_patterns_.empty()) ok_ = ok_ && unprefixed_.Compile();
  }
  bool ok() const { return ok_; }
  /// The literal text every match of pattern `r` starts with (empty when there is none).
  const std::string& prefix(std::size_t r) const { return prefixes_[r]; }
  /// Whether pattern `r` may match at byte `b` of `text`, judged by its prefix and the byte after it.
  bool MayStartAt(std::size_t r, std::string_view text, std::size_t b) const {
    const std::string& p = prefixes_[r];
    if (b + p.size() > text.size() || std::memcmp(text.data() + b, p.data(), p.size()) != 0) return false;
    const NextByte& next = next_bytes_[r];
    if (!next.known) return true;
    if (b + p.size() >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[b + p.size()]);
    return c >= static_cast<unsigned char>(next.low) && c <= static_cast<unsigned char>(next.high);
  }
  /// The patterns with a prefix starting with byte `c`.
  const std::vector<std::size_t>& PrefixedStartingWith(char c) const { return by_first_byte_[static_cast<unsigned char>(c)]; }
  /// Sets `matching[r]` for the patterns without a prefix that can match in `text`; false when the
  /// scan failed (then run them all).
  bool UnprefixedMatching(std::string_view text, std::vector<bool>* matching) const {
    if (unprefixed_patterns_.empty()) return true;
    std::vector<int> hits;
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    // No match and no error: nothing can match. An error (DFA out of memory): unknown, run everything.
    if (!unprefixed_.Match(re2::StringPiece(text.data(), text.size()), &hits, &info) && info.kind != RE2::Set::kNoError)
      return false;
    for (int h : hits) (*matching)[unprefixed_patterns_[static_cast<std::size_t>(h)]] = true;
    return true;
  }

 private:
  RE2::Set unprefixed_;                          ///< the patterns without a literal prefix
  std::vector<std::size_t> unprefixed_patterns_;  ///< set index -> pattern index
  std::array<std::vector<std::size_t>, 256> by_first_byte_;
  struct NextByte {
    bool known = false;
    char low = 0, high = 0;
  };
  std::vector<std::string> prefixes_;
  std::vector<NextByte> next_bytes_;  ///< per pattern: the range of the byte after the prefix
  bool ok_ = false;
};

std::shared_ptr<const PatternPrefilter> CompilePatternPrefilter(const std::vector<PatternRule>& patterns) {
  auto prefilter = std::make_shared<const PatternPrefilter>(patterns);
  return prefilter->ok() ? prefilter : nullptr;
}

void ApplyPatternRules(const RuleContext& ctx, std::vector<Mention>* out) {
  const TokenizedText& t = ctx.tokens;
  const std::size_t pattern_count = ctx.rules.patterns.size();
  if (pattern_count == 0 || t.tokens.empty()) return;
  const PatternPrefilter* prefilter = ctx.rules.pattern_prefilter.get();
  // Per pattern: run it unanchored over the text, and/or the tokens where it may start.
  std::vector<bool> scan_text(pattern_count, prefilter == nullptr);
  std::vector<std::vector<uint32_t>> start_tokens(pattern_count);
  bool any = prefilter == nullptr;
  if (prefilter != nullptr) {
    if (!prefilter->UnprefixedMatching(ctx.text, &scan_text))
      for (std::size_t r = 0; r < pattern_count; ++r) scan_text[r] = prefilter->prefix(r).empty();
    any = std::find(scan_text.begin(), scan_text.end(), true) != scan_text.end();
    for (uint32_t i = 0; i < t.tokens.size(); ++i) {
      const uint32_t b = t.byte_begin(t.tokens[i]);
      for (std::size_t r : prefilter->PrefixedStartingWith(ctx.text[b])) {
        if (!prefilter->MayStartAt(r, ctx.text, b)) continue;
        start_tokens[r].push_back(i);
        any = true;
      }
    }
  }
  if (!any) return;
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
  for (std::size_t r = 0; r < pattern_count; ++r) {
    if (!scan_text[r] && start_tokens[r].empty()) continue;
    const PatternRule& rule = ctx.rules.patterns[r];
    re2::StringPiece input(ctx.text.data(), ctx.text.size());
    const int groups = rule.regex->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(static_cast<std::size_t>(groups) + 1);
    // One unanchored scan of the text, or an anchored match at each token starting with the prefix.
    const bool anchored = !scan_text[r];
    std::size_t pos = 0, next_token = 0;
    auto next_match = [&]() {
      if (!anchored)
        return pos <= ctx.text.size() &&
               rule.regex->Match(input, pos, ctx.text.size(), RE2::UNANCHORED, sub.data(), groups + 1);
      for (; next_token < start_tokens[r].size(); ++next_token) {
        const std::size_t b = starts[start_tokens[r][next_token]];
        if (b < pos) continue;
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
        if (rule.regex->Rewrite(&canonical, rule.canonical, sub.data(), groups + 1)) {
          // "unit 26165", "l'unité militaire 26165": a canonical form that a gazetteer entry of the same
          // type knows is that entry, so every spelling of the unit shares its id and attributes.
          const GazetteerEntry* known = nullptr;
          for (uint32_t a : ctx.gazetteer.AliasesWithKey(FoldString(canonical))) {
            const GazetteerEntry& entry = ctx.gazetteer.entry(ctx.gazetteer.alias(a).entry);
            if (entry.type == rule.type) { known = &entry; break; }
          }
          if (known) {
            m.canonical = known->canonical;
            m.canonical_id = known->id;
          } else {
            scan.SetCanonical(&m, std::move(canonical));
          }
        }
      }
      out->push_back(m);
    }
  }
}

}  // namespace gazette
