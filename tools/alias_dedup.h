// Resolving an alias that several entries of one type claim.
#ifndef GAZETTE_TOOLS_ALIAS_DEDUP_H_
#define GAZETTE_TOOLS_ALIAS_DEDUP_H_

#include <vector>

#include "diagnostics.h"
#include "entry.h"

namespace gazette::import {

/// Within each type, keeps every name (compared with FoldKey) in one entry only: the entry
/// whose canonical name it is, else the entry that merged a source value of that name
/// (Entry::merged_canonicals), else the entry whose id sorts first. Each alias dropped from
/// another entry gets a warning and the tally "aliases dropped: also an alias of another
/// entry". Canonical names themselves are never dropped; two canonical names that fold
/// alike are reported.
void ResolveDuplicateAliases(std::vector<Entry>* entries, Diagnostics* diag);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_ALIAS_DEDUP_H_
