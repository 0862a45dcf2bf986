// Pattern rules: RE2 naming schemes ("APT 31", "Storm-0558", "UNC5221") over the original text. One
// RE2::Set scan tells which patterns can match a document at all; a pattern with a literal prefix is
// then tried anchored at the tokens that start with it, others scan once. A match counts only where it
// starts and ends on token boundaries, and its canonical form comes from the rule's rewrite string.
#include "rule_scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>

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

std::shared_ptr<const PatternPrefilter> CompilePatternPrefilter(const std::vector<PatternRule>& patterns) {
  auto prefilter = std::make_shared<const PatternPrefilter>(patterns);
  return prefilter->ok() ? prefilter : nullptr;
}

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

}  // namespace gazette
