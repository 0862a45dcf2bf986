// Greedy selection in policy order over a token occupancy bitmap: O(m log m + covered tokens).
#include "overlap.h"

#include <algorithm>
#include <cstdint>

namespace gazette {

int TypePriority(std::string_view type) {
  static const char* const kOrder[] = {"GROUP", "AGENCY", "ORGANIZATION", "PERSON", "COUNTRY", "LOCATION", "MALWARE"};
  for (int i = 0; i < 7; ++i)
    if (type == kOrder[i]) return 7 - i;
  return 0;
}

std::vector<Mention> ResolveOverlaps(std::vector<Mention> mentions) {
  // One packed sort key per mention, computed once: longer span, higher source, higher type
  // priority, earlier start; ties keep insertion order (stable sort).
  std::vector<std::pair<uint64_t, std::size_t>> order(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    uint64_t len = std::min<uint64_t>(m.length(), 0xFFFF);
    uint64_t key = ((0xFFFF - len) << 48) | (uint64_t(4 - static_cast<int>(m.kind)) << 44) |
                   (uint64_t(15 - TypePriority(m.type)) << 40) | (uint64_t(m.first_token) & 0xFFFFFFFFFFull);
    order[i] = {key, i};
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  uint32_t max_end = 0;
  for (const Mention& m : mentions) max_end = std::max(max_end, m.end_token);
  std::vector<bool> taken(max_end, false);
  std::vector<Mention> kept;
  for (const auto& [key, idx] : order) {
    const Mention& m = mentions[idx];
    if (m.end_token <= m.first_token) continue;
    bool free = true;
    for (uint32_t t = m.first_token; t < m.end_token && free; ++t) free = !taken[t];
    if (!free) continue;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) taken[t] = true;
    kept.push_back(mentions[idx]);
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  return kept;
}

}  // namespace gazette
