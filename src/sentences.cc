// Rule-based sentence splitting. News text breaks most sentences at line ends (headlines, captions,
// bullet points and signature lists rarely end with a period), so every line break is a boundary;
// within a line a terminal mark ends a sentence when the next word looks like a sentence start and
// the word before the mark is not an abbreviation or an initial.
#include "sentences.h"

#include <string_view>

#include "string_table.h"

namespace gazette {
namespace {

// Words whose full stop does not end a sentence. A set, looked up with the token's own key hash:
// the check runs at every full stop glued to a word.
const StringSet& Abbreviations() {
  static const StringSet* set = [] {
    static constexpr std::string_view kAbbreviations[] = {
        "mr", "mrs", "ms", "dr", "st", "m", "mm", "mme", "mmes", "mlle", "me", "jr", "sr", "prof", "gen", "col", "lt",
        "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "hon", "rev", "pres", "vs", "etc", "inc", "ltd", "co",
        "corp", "no", "nos", "vol", "fig", "p", "pp", "art", "ch", "dept", "est", "approx", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "avr", "juil", "oct",
        "av", "bd", "cf", "ex", "resp", "mt", "ft", "e.g", "i.e", "al", "min", "max"};
    auto* out = new StringSet();  // never destroyed: threads may still be splitting at exit
    for (std::string_view a : kAbbreviations) out->insert(a);
    return out;
  }();
  return *set;
}

bool IsTerminal(std::string_view key) { return key == "." || key == "!" || key == "?" || key == "..." || key == "…"; }

bool IsCloser(std::string_view key) {
  return key == "\"" || key == "'" || key == ")" || key == "]" || key == "}" || key == "»" || key == "\"";
}

bool LooksLikeSentenceStart(const TokenizedText& t, std::size_t i) {
  const Token& tok = t.tokens[i];
  if (tok.kind == TokenKind::kNumber) return true;
  if (tok.kind == TokenKind::kWord) return tok.has(kCapitalized);
  std::string_view k = t.key(tok);
  return k == "\"" || k == "'" || k == "(" || k == "[" || k == "-" || k == "«";
}

}  // namespace

std::vector<SentenceRange> SplitSentences(TokenizedText* text) {
  std::vector<SentenceRange> out;
  auto& toks = text->tokens;
  const std::size_t n = toks.size();
  out.reserve(n / 16 + 1);
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end > start) out.push_back({start, end});
    start = end;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (i > start && toks[i].has(kNewlineBefore)) close(i);
    std::string_view k = text->key(i);
    bool boundary = false;
    std::size_t end = i + 1;
    if (toks[i].kind == TokenKind::kPunct && IsTerminal(k)) {
      // Closing quotes and brackets stay with the sentence; a French closing guillemet may follow a space.
      while (end < n && !toks[end].has(kNewlineBefore) &&
             ((!toks[end].has(kSpaceBefore) && (IsTerminal(text->key(end)) || IsCloser(text->key(end)))) ||
              text->decoded.cps[toks[end].begin] == 0x00BB))
        ++end;
      if (end >= n) {
        boundary = true;
      } else if (toks[end].has(kNewlineBefore)) {
        boundary = true;
      } else if (toks[end].has(kSpaceBefore) && LooksLikeSentenceStart(*text, end)) {
        boundary = true;
        if (k == "." && i > start && !toks[i].has(kSpaceBefore)) {
          const Token& prev = toks[i - 1];
          std::string_view pk = text->key(prev);
          bool initial = prev.kind == TokenKind::kWord && prev.end - prev.begin == 1 && prev.has(kCapitalized);
          if (initial || Abbreviations().contains(pk, text->key_hashes[i - 1])) boundary = false;
        }
      }
    } else if (end < n && toks[end].has(kNewlineBefore) && toks[i].kind == TokenKind::kWord && k.size() > 2 &&
               k.back() == '.') {  // the rare condition first: this runs at every token
      boundary = true;  // "... in the U.S." at a line end is handled by the newline rule anyway
    }
    if (boundary) {
      close(end);
      i = end - 1;
    }
  }
  close(n);
  for (const SentenceRange& s : out) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (toks[i].kind == TokenKind::kWord || toks[i].kind == TokenKind::kNumber) {
        toks[i].flags |= kSentenceInitial;
        break;
      }
    }
  }
  return out;
}

}  // namespace gazette
