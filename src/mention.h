// A candidate entity mention over tokens, before overlap resolution and output.
#ifndef GAZETTE_SRC_MENTION_H_
#define GAZETTE_SRC_MENTION_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// Where a mention came from, in tie-break order (higher wins among spans of equal length).
enum class MentionSource : uint8_t {
  kCoreference = 0,  ///< a surname or propagated name linked to an earlier mention
  kTokenRule = 1,    ///< titles, cue words, list lines
  kPattern = 2,      ///< RE2 naming-scheme patterns
  kGazetteer = 3,    ///< a gazetteer alias
  kDefinition = 4,   ///< an acronym definition "Long Form (ACR)"
};

/// The strings of a Mention are views: into the immutable gazetteer and rules of the Extractor, into
/// string literals, or into the document's StringArena, so candidates copy and sort without allocating.
struct Mention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  ///< one past the last token
  std::string_view type;
  std::string_view canonical;
  std::string_view canonical_id;
  std::string_view source;  ///< "gazetteer:<file>:<line>" or "rule:<id>"
  std::string_view alias;
  bool demonym = false;
  bool propagates = true;  ///< coreference may link later uses of the same text (not for a code found by its place)
  MentionSource kind = MentionSource::kGazetteer;
  uint32_t alias_index = kNoAliasIndex;  ///< the gazetteer alias matched here (gazetteer mentions only)
  static constexpr uint32_t kNoAliasIndex = 0xFFFFFFFFu;
  uint32_t length() const { return end_token - first_token; }
};

/// The country code of a COUNTRY mention ("country:FR" -> "FR", also for demonyms), which entries'
/// `country` attributes hold; empty for any other mention.
inline std::string_view MentionedCountryCode(const Mention& m) {
  constexpr std::string_view kPrefix = "country:";
  if (m.type != "COUNTRY" || m.canonical_id.size() <= kPrefix.size() || m.canonical_id.substr(0, kPrefix.size()) != kPrefix)
    return {};
  return m.canonical_id.substr(kPrefix.size());
}

/// Counts mentions by a key (a canonical id, a country code) in document order, to find what a text is
/// about: the key given most often, the first given on a tie. Documents name few distinct keys, so a
/// small vector does.
class MentionTally {
 public:
  void Add(std::string_view key, std::size_t mention_index) {
    for (Count& c : counts_)
      if (c.key == key) { ++c.n; c.latest = mention_index; return; }
    counts_.push_back(Count{key, 1, mention_index});
  }
  /// The index of the latest mention of the most frequent key, or `none` when nothing was added.
  std::size_t LatestOfMostFrequent(std::size_t none) const {
    int most = 0;
    std::size_t found = none;
    for (const Count& c : counts_)  // first given first: a later key needs more mentions
      if (c.n > most) { most = c.n; found = c.latest; }
    return found;
  }

 private:
  struct Count {
    std::string_view key;
    int n;
    std::size_t latest;
  };
  std::vector<Count> counts_;
};

/// Type priority for ties of equal length and source: the more specific type wins.
int TypePriority(std::string_view type);

/// Owns the strings that rules build for one document (canonical forms of names no list knows);
/// views into it stay valid until it is destroyed (a deque never moves its elements).
class StringArena {
 public:
  std::string_view Store(std::string s) { return strings_.emplace_back(std::move(s)); }

 private:
  std::deque<std::string> strings_;
};

}  // namespace gazette

#endif  // GAZETTE_SRC_MENTION_H_
