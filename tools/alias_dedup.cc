// Sources disagree: MISP lists "Stardust Chollima" both as its own actor and as a synonym
// of Lazarus Group, and our loader refuses an alias held by two entries of one type unless
// it is flagged {ambiguous}. Keeping the name where it is the canonical name follows the
// source's own choice of a primary entry; otherwise the id order is an arbitrary but
// stable tie-break, so regenerating from the same data gives the same file. Between the two
// comes the entry that absorbed a source value of that very name (ATT&CK's "Andariel" set
// merged into MISP's "Silent Chollima"), so the name stays with its ATT&CK id.

#include "alias_dedup.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "text_fold.h"

namespace gazette::import {

void ResolveDuplicateAliases(std::vector<Entry>* entries, Diagnostics* diag) {
  // (type, folded name) -> indices of entries whose canonical folds so, and of entries
  // holding it as an alias.
  struct Holders {
    std::set<std::size_t> canonical;
    std::set<std::size_t> merged;  // merged a source value of that name
    std::set<std::size_t> alias;
  };
  std::map<std::pair<std::string, std::string>, Holders> by_name;
  for (std::size_t i = 0; i < entries->size(); ++i) {
    const Entry& e = (*entries)[i];
    by_name[{e.type, FoldKey(e.canonical)}].canonical.insert(i);
    for (const Alias& a : e.aliases) by_name[{e.type, FoldKey(a.name)}].alias.insert(i);
    for (const std::string& m : e.merged_canonicals) by_name[{e.type, FoldKey(m)}].merged.insert(i);
  }

  const auto id_less = [entries](std::size_t a, std::size_t b) {
    return (*entries)[a].id < (*entries)[b].id;
  };
  // For each entry, the folded names it must give up, and who keeps each.
  std::map<std::size_t, std::map<std::string, std::size_t>> to_drop;
  for (const auto& [key, holders] : by_name) {
    std::set<std::size_t> all = holders.canonical;
    all.insert(holders.alias.begin(), holders.alias.end());
    if (all.size() < 2) continue;
    std::size_t owner;
    if (!holders.canonical.empty()) {
      owner = *std::min_element(holders.canonical.begin(), holders.canonical.end(), id_less);
      for (std::size_t other : holders.canonical) {
        if (other == owner) continue;
        diag->Warning("", "canonical names of " + (*entries)[owner].id + " and " +
                              (*entries)[other].id + " are the same name " +
                              Quote((*entries)[other].canonical));
        diag->Tally("canonical names folding alike");
      }
    } else if (!holders.merged.empty()) {
      owner = *std::min_element(holders.merged.begin(), holders.merged.end(), id_less);
    } else {
      owner = *std::min_element(holders.alias.begin(), holders.alias.end(), id_less);
    }
    for (std::size_t holder : holders.alias) {
      if (holder != owner) to_drop[holder][key.second] = owner;
    }
  }

  for (auto& [index, names] : to_drop) {
    Entry& e = (*entries)[index];
    std::vector<Alias> kept;
    for (Alias& a : e.aliases) {
      const auto it = names.find(FoldKey(a.name));
      if (it == names.end()) {
        kept.push_back(std::move(a));
        continue;
      }
      const Entry& owner = (*entries)[it->second];
      const bool owner_canonical = FoldKey(owner.canonical) == it->first;
      const bool owner_merged =
          std::any_of(owner.merged_canonicals.begin(), owner.merged_canonicals.end(),
                      [&](const std::string& m) { return FoldKey(m) == it->first; });
      diag->Warning("", "alias " + Quote(a.name) + " dropped from " + e.id + ": " +
                            (owner_canonical ? "it is the canonical name of "
                             : owner_merged  ? "it names a source value merged into "
                                             : "it is also an alias of ") +
                            owner.id);
      diag->Tally("aliases dropped: also a name of another entry");
    }
    e.aliases = std::move(kept);
  }
}

}  // namespace gazette::import
