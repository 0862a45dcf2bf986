// A candidate entity mention over tokens, before overlap resolution and output.
#ifndef GAZETTE_SRC_MENTION_H_
#define GAZETTE_SRC_MENTION_H_

#include <cstdint>
#include <string>

namespace gazette {

/// Where a mention came from, in tie-break order (higher wins among spans of equal length).
enum class MentionSource : uint8_t {
  kCoreference = 0,  ///< a surname or propagated name linked to an earlier mention
  kTokenRule = 1,    ///< titles, cue words, list lines
  kPattern = 2,      ///< RE2 naming-scheme patterns
  kGazetteer = 3,    ///< a gazetteer alias
  kDefinition = 4,   ///< an acronym definition "Long Form (ACR)"
};

struct Mention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  ///< one past the last token
  std::string type;
  std::string canonical;
  std::string canonical_id;
  std::string source;      ///< "gazetteer:<file>:<line>" or "rule:<id>"
  std::string alias;
  bool demonym = false;
  bool propagates = true;  ///< coreference may link later uses of the same text (not for a code found by its place)
  MentionSource kind = MentionSource::kGazetteer;
  uint32_t length() const { return end_token - first_token; }
};

/// Type priority for ties of equal length and source: the more specific type wins.
int TypePriority(const std::string& type);

}  // namespace gazette

#endif  // GAZETTE_SRC_MENTION_H_
