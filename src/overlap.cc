// Greedy selection in policy order over a token occupancy bitmap: O(m log m + covered tokens).
#include "overlap.h"

#include <algorithm>
#include <numeric>

namespace gazette {

int TypePriority(const std::string& type) {
  static const char* const kOrder[] = {"GROUP", "AGENCY", "ORGANIZATION", "PERSON", "COUNTRY", "LOCATION", "MALWARE"};
  for (int i = 0; i < 7; ++i)
    if (type == kOrder[i]) return 7 - i;
  return 0;
}

std::vector<Mention> ResolveOverlaps(std::vector<Mention> mentions) {
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Mention& x = mentions[a];
    const Mention& y = mentions[b];
    if (x.length() != y.length()) return x.length() > y.length();
    if (x.kind != y.kind) return x.kind > y.kind;
    int px = TypePriority(x.type), py = TypePriority(y.type);
    if (px != py) return px > py;
    return x.first_token < y.first_token;
  });
  uint32_t max_end = 0;
  for (const Mention& m : mentions) max_end = std::max(max_end, m.end_token);
  std::vector<bool> taken(max_end, false);
  std::vector<Mention> kept;
  for (std::size_t idx : order) {
    const Mention& m = mentions[idx];
    if (m.end_token <= m.first_token) continue;
    bool free = true;
    for (uint32_t t = m.first_token; t < m.end_token && free; ++t) free = !taken[t];
    if (!free) continue;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) taken[t] = true;
    kept.push_back(std::move(mentions[idx]));
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  return kept;
}

}  // namespace gazette
