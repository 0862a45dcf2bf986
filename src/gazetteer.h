// The compiled gazetteer: a token trie over folded match units, leftmost-longest.
#ifndef GAZETTE_SRC_GAZETTEER_H_
#define GAZETTE_SRC_GAZETTEER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gazette/config.h"
#include "gazette/error.h"
#include "gazetteer_data.h"
#include "match_units.h"
#include "string_table.h"
#include "tokenize.h"

namespace gazette {

/// A gazetteer match: tokens [first_token, end_token) matched alias `alias`.
struct GazetteerHit {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t alias = 0;
};

/// Immutable after Compile; Match is const and thread-safe.
class Gazetteer {
 public:
  /// Compiles loaded data. Appends kDuplicateAlias errors (an alias naming two entries of one type
  /// without `ambiguous` on both) and kTooManyAliases. `common_words` are folded one-word forms.
  static Gazetteer Compile(GazetteerData data, const StringSet& common_words,
                           const Config& config, std::vector<Error>* errors);

  /// Appends leftmost-longest, non-overlapping hits over `units`, in text order.
  void Match(const TokenizedText& text, const std::vector<MatchUnit>& units, std::vector<GazetteerHit>* out) const;

  const GazetteerEntry& entry(uint32_t i) const { return data_.entries[i]; }
  const AliasRecord& alias(uint32_t i) const { return data_.aliases[i]; }
  /// "gazetteer:<file name>:<line>" of alias `i`, as mentions cite it.
  std::string_view source(uint32_t i) const {
    return std::string_view(alias_sources_).substr(alias_source_begin_[i], alias_source_begin_[i + 1] - alias_source_begin_[i]);
  }
  /// The entry an id names, or nullptr.
  const GazetteerEntry* FindEntry(const std::string& id) const;
  /// The aliases of entry `i` (its canonical name among them), in load order.
  const std::vector<uint32_t>& AliasesOfEntry(uint32_t i) const { return entry_aliases_[i]; }
  /// Entries whose folded one-or-more-word alias equals `folded` (space-joined unit keys).
  std::vector<uint32_t> AliasesWithKey(const std::string& folded) const;

  /// The other aliases marked {ambiguous} that `hit` could also be: same trie node (the same folded
  /// name), another entry (of any type: "AFP" the news agency and the Australian police), accepted at
  /// the hit's span; in preference order.
  std::vector<uint32_t> AmbiguousAlternatives(const TokenizedText& text, const GazetteerHit& hit) const;

  /// True when a deny list suppresses `folded_surface` for this type and entry id.
  bool Denied(std::string_view folded_surface, std::string_view type, std::string_view entry_id) const;

  std::map<std::string, std::pair<std::size_t, std::size_t>> CountsByType() const;

 private:
  bool Accepts(const TokenizedText& text, uint32_t first_token, uint32_t end_token, uint32_t alias) const;
  uint32_t Child(uint32_t node, uint32_t unit) const;

  GazetteerData data_;
  StringMap<uint32_t> vocab_;                   // unit key -> unit id (no allocation to look up)
  IntMap edges_;                                 // (node << 32 | unit id) -> child node
  std::vector<uint32_t> root_child_;             // unit id -> child of the root (0: none), without hashing
  std::vector<uint32_t> payload_begin_;          // node -> first index in payload_ (size nodes_ + 1)
  std::vector<uint32_t> payload_;                // aliases ending at each node, in preference order
  std::vector<uint32_t> alias_node_;             // per alias: the trie node it ends at (0: not in the trie)
  StringMap<std::pair<uint32_t, uint32_t>> by_key_;  // joined unit keys -> (first, last) alias with them
  std::vector<std::vector<uint32_t>> entry_aliases_;  // per entry: its aliases
  std::vector<uint32_t> next_with_key_;          // per alias: the next alias with the same key, or ~0
  std::string alias_sources_;                    // every alias's "gazetteer:<file>:<line>", concatenated
  std::vector<std::size_t> alias_source_begin_;  // per alias: offset in alias_sources_ (size aliases + 1)
  StringMap<std::vector<uint32_t>> deny_by_surface_;  // folded surface -> indices into data_.deny
  std::vector<uint16_t> effective_flags_;                  // per alias, after the automatic rules
  std::vector<std::string> letter_case_;                  // per alias: 'U'/'l' per letter
  std::vector<std::string> word_case_;                    // per alias: 'U'/'l' per word's first letter
  uint32_t nodes_ = 1;
};

struct Mention;

/// Gives `m` the identity of gazetteer alias `alias`: its entry's type, canonical name and id, and the
/// alias's text and source (where a rule turns a mention into a listed entry, or reads one a second way).
void TakeAlias(const Gazetteer& gazetteer, uint32_t alias, Mention* m);

/// "group", "team", "gang", "crew" (folded): the head nouns of group names ("Lazarus Group") that a
/// short form drops ("Lazarus") and that, capitalized after a group's name, belong to it.
bool IsGroupHeadWord(std::string_view folded);

/// Letter-case signature of code points [begin, end): 'U' or 'l' for each cased letter.
std::string LetterCase(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end);

}  // namespace gazette

#endif  // GAZETTE_SRC_GAZETTEER_H_
