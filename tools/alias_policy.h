// Which names may become aliases of one entry, and with which flags.
#ifndef GAZETTE_TOOLS_ALIAS_POLICY_H_
#define GAZETTE_TOOLS_ALIAS_POLICY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common_words.h"
#include "diagnostics.h"
#include "entry.h"

namespace gazette::import {

inline constexpr std::size_t kMaxAliasBytes = 100;  // longer "aliases" are sentences
inline constexpr std::size_t kMinAliasChars = 2;    // one letter matches everywhere
// A common word this short ("Zinc", "Gold") is too ambiguous even with {cap}.
inline constexpr std::size_t kMaxDroppedCommonWordChars = 4;

struct AliasPolicy {
  const CommonWords* common_words = nullptr;  // not owned; null: no common-word rule
  bool drop_country_names = true;             // false for COUNTRY and LOCATION entries
};

/// Why `alias` (cleaned with CleanField) is not kept as an alias, or "" when it may be:
/// empty, over kMaxAliasBytes bytes, under kMinAliasChars code points, a pure number or
/// without letters, containing "http" or ':', '|' or a brace, a country name (when the
/// policy says so), or a common word of at most kMaxDroppedCommonWordChars.
std::string AliasRejectReason(std::string_view alias, const AliasPolicy& policy);

/// True for a one-word alias whose lower-cased form is a common word.
bool IsCommonWordAlias(std::string_view alias, const AliasPolicy& policy);

/// Turns the raw names of one entry into its aliases, in order: cleans each name (white
/// space, and ',' or ';' at either end), drops
/// the rejected ones (one warning each, naming `where`), drops names equal to `canonical`
/// or to an earlier alias up to case and accents (keeping the spelling with lower-case
/// letters: "Zirconium" over "ZIRCONIUM"), and flags common words {cap}.
std::vector<Alias> BuildAliases(std::string_view canonical, const std::vector<std::string>& raw,
                                const AliasPolicy& policy, const std::string& where,
                                Diagnostics* diag);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_ALIAS_POLICY_H_
