// Names that several entries share ("NCSC": the British, Dutch, New Zealand and Irish centres; "OFAC":
// the US Treasury office and the French police office; "AFP": the news agency and the Australian
// police), resolved by the document around them.
#ifndef GAZETTE_SRC_AMBIGUITY_H_
#define GAZETTE_SRC_AMBIGUITY_H_

#include <string_view>
#include <vector>

#include "gazetteer.h"
#include "mention.h"
#include "tokenize.h"

namespace gazette {

/// For every mention whose gazetteer alias is marked {ambiguous}, picks among the entries that alias
/// names, in this order: an entry the document names unambiguously elsewhere ("the Office of Foreign
/// Assets Control ... OFAC"); else the entry whose `country` attribute is the country the document
/// mentions most, by name or through its other entries ("Dutch ... NCSC", "the Treasury ... OFAC");
/// else the entry whose alias is marked {preferred} ("AFP" is the news agency unless the document
/// speaks of Australia); else by `lang` attribute (the document's language first, another language last); else the first
/// entry listed. Mentions that copied an ambiguous one (coreference) are resolved the same way.
void ResolveAmbiguousAliases(const Gazetteer& gazetteer, const TokenizedText& tokens, std::string_view lang,
                             std::vector<Mention>* mentions);

}  // namespace gazette

#endif  // GAZETTE_SRC_AMBIGUITY_H_
