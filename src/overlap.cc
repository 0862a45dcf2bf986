// Greedy selection in policy order over a token occupancy bitmap: O(m log m + covered tokens). The
// sorts move (key, index) pairs, never Mention objects, and the working vectors are reused by each
// thread, so a call allocates only its result.
#include "overlap.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace gazette {

int TypePriority(std::string_view type) {
  static const char* const kOrder[] = {"GROUP", "AGENCY", "ORGANIZATION", "PERSON", "COUNTRY", "LOCATION", "MALWARE"};
  for (int i = 0; i < 7; ++i)
    if (type == kOrder[i]) return 7 - i;
  return 0;
}

std::vector<Mention> ResolveOverlaps(const std::vector<Mention>& mentions) {
  // One packed sort key per mention, computed once: longer span, higher source, higher type
  // priority, earlier start. Ties go to the earlier-added mention: the index is the pair's second
  // member, so a plain sort of the pairs gives the order of a stable sort by key.
  thread_local std::vector<std::pair<uint64_t, std::size_t>> order;
  thread_local std::vector<unsigned char> taken;
  thread_local std::vector<std::pair<uint32_t, std::size_t>> kept_at;  // (first token, index)
  order.resize(mentions.size());
  uint32_t max_end = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    uint64_t len = std::min<uint64_t>(m.length(), 0xFFFF);
    uint64_t key = ((0xFFFF - len) << 48) | (uint64_t(4 - static_cast<int>(m.kind)) << 44) |
                   (uint64_t(15 - TypePriority(m.type)) << 40) | (uint64_t(m.first_token) & 0xFFFFFFFFFFull);
    order[i] = {key, i};
    max_end = std::max(max_end, m.end_token);
  }
  std::sort(order.begin(), order.end());
  taken.assign(max_end, 0);
  kept_at.clear();
  for (const auto& [key, idx] : order) {
    const Mention& m = mentions[idx];
    if (m.end_token <= m.first_token) continue;
    bool free = true;
    for (uint32_t t = m.first_token; t < m.end_token && free; ++t) free = taken[t] == 0;
    if (!free) continue;
    std::fill(taken.begin() + m.first_token, taken.begin() + m.end_token, static_cast<unsigned char>(1));
    kept_at.emplace_back(m.first_token, idx);
  }
  // Kept spans are disjoint and not empty, so their first tokens differ: position order is exact.
  std::sort(kept_at.begin(), kept_at.end());
  std::vector<Mention> kept;
  kept.reserve(kept_at.size());
  for (const auto& [first, idx] : kept_at) kept.push_back(mentions[idx]);
  // A huge document's working memory is not kept for the rest of the thread's life.
  constexpr std::size_t kKeepElements = std::size_t{1} << 16;
  if (order.capacity() > kKeepElements || taken.capacity() > kKeepElements * 16) {
    std::vector<std::pair<uint64_t, std::size_t>>().swap(order);
    std::vector<unsigned char>().swap(taken);
    std::vector<std::pair<uint32_t, std::size_t>>().swap(kept_at);
  }
  return kept;
}

}  // namespace gazette
