// Sources list as "synonyms" whatever an analyst pasted: URLs, "Subgroup: Bluenoroff",
// MITRE ids, country names, one-letter codes and plain words such as "Zinc". An alias in
// our gazetteer is matched in free text, so every one of these would produce false
// mentions. The policy keeps a name only when it can reasonably stand for the entity,
// marks names that are also common words {cap} (capitalisation must match), and collapses
// spellings that differ only by case or accents, which the matcher folds anyway. Every drop
// is reported, with the reason, so a regeneration can be reviewed.

#include "alias_policy.h"

#include <algorithm>

#include "country_table.h"
#include "text_fold.h"
#include "tsv_writer.h"

namespace gazette::import {
namespace {

bool HasLowerCaseLetter(std::string_view text) {
  const std::string lower = ToLower(text);
  // A name has a lower-case letter when lower-casing leaves some letter unchanged.
  const std::u32string a = DecodeUtf8(text);
  const std::u32string b = DecodeUtf8(lower);
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (IsLetterLike(a[i]) && a[i] == b[i]) return true;
  }
  return false;
}

// "APT-Q-27," -> "APT-Q-27": list separators pasted along with a name.
std::string TrimListPunctuation(const std::string& name) {
  const std::size_t begin = name.find_first_not_of(" ,;");
  if (begin == std::string::npos) return "";
  const std::size_t end = name.find_last_not_of(" ,;");
  return name.substr(begin, end - begin + 1);
}

bool ContainsIgnoringAsciiCase(std::string_view text, std::string_view needle) {
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                     [](char a, char b) {
                       const auto lower = [](char c) {
                         return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
                       };
                       return lower(a) == lower(b);
                     }) != text.end();
}

}  // namespace

bool IsCommonWordAlias(std::string_view alias, const AliasPolicy& policy) {
  if (policy.common_words == nullptr) return false;
  if (alias.find(' ') != std::string_view::npos) return false;  // one word only
  return policy.common_words->ContainsLowerCased(alias);
}

std::string AliasRejectReason(std::string_view alias, const AliasPolicy& policy) {
  if (alias.empty()) return "empty";
  if (alias.size() > kMaxAliasBytes) return "longer than 100 bytes";
  const std::u32string cps = DecodeUtf8(alias);
  if (cps.size() < kMinAliasChars) return "shorter than 2 characters";
  const bool all_digits = std::all_of(cps.begin(), cps.end(), [](char32_t c) {
    return (c >= '0' && c <= '9') || c == ' ';
  });
  if (all_digits) return "a pure number";
  if (std::none_of(cps.begin(), cps.end(), IsLetterLike)) return "has no letters";
  if (ContainsIgnoringAsciiCase(alias, "http")) return "not a name (contains \"http\")";
  if (alias.find(':') != std::string_view::npos) return "not a name (contains ':')";
  std::string syntax = AliasSyntaxProblem(alias);
  if (!syntax.empty()) return syntax;
  if (policy.drop_country_names && IsCountryName(alias)) return "a country name";
  if (IsCommonWordAlias(alias, policy) && cps.size() <= kMaxDroppedCommonWordChars) {
    return "a common word of at most 4 letters";
  }
  return "";
}

std::vector<Alias> BuildAliases(std::string_view canonical, const std::vector<std::string>& raw,
                                const AliasPolicy& policy, const std::string& where,
                                Diagnostics* diag) {
  std::vector<Alias> aliases;
  std::vector<std::string> keys;  // CaseKey of each kept alias
  const std::string canonical_key = CaseKey(CleanField(canonical));
  for (const std::string& raw_name : raw) {
    std::string name = TrimListPunctuation(CleanField(raw_name));
    const std::string key = CaseKey(name);
    if (key == canonical_key) continue;  // the canonical name is matched already
    const std::string reason = AliasRejectReason(name, policy);
    if (!reason.empty()) {
      diag->Warning(where, "alias " + Quote(raw_name) + " of " +
                              Quote(std::string(canonical)) + " dropped: " + reason);
      diag->Tally("aliases dropped: " + reason);
      continue;
    }
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it != keys.end()) {
      Alias& kept = aliases[static_cast<std::size_t>(it - keys.begin())];
      if (!HasLowerCaseLetter(kept.name) && HasLowerCaseLetter(name)) kept.name = name;
      continue;
    }
    keys.push_back(key);
    aliases.push_back(Alias{std::move(name), {}});
  }
  for (Alias& a : aliases) {
    if (IsCommonWordAlias(a.name, policy)) a.flags.emplace_back("cap");
  }
  return aliases;
}

}  // namespace gazette::import
