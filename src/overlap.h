// The one overlap policy: output spans never nest or overlap.
#ifndef GAZETTE_SRC_OVERLAP_H_
#define GAZETTE_SRC_OVERLAP_H_

#include <vector>

#include "mention.h"

namespace gazette {

/// Keeps a non-overlapping subset of `mentions` and returns it sorted by position. Policy, in order:
/// the longer span (in tokens) wins; then the higher source (definition > gazetteer > pattern >
/// token rule > coreference); then the type priority (GROUP > AGENCY > ORGANIZATION > PERSON >
/// COUNTRY > LOCATION > others); then the earlier start; then the earlier-added mention.
/// Thread-safe: its working vectors are thread_local.
std::vector<Mention> ResolveOverlaps(const std::vector<Mention>& mentions);

}  // namespace gazette

#endif  // GAZETTE_SRC_OVERLAP_H_
