// Entity rules beyond gazetteers: RE2 naming schemes, cue words, head words, acronym definitions,
// list lines, and the coreference that propagates names through a document.
#ifndef GAZETTE_SRC_ENTITY_RULES_H_
#define GAZETTE_SRC_ENTITY_RULES_H_

#include <string_view>
#include <vector>

#include "gazetteer.h"
#include "mention.h"
#include "rules.h"
#include "sentences.h"
#include "tokenize.h"

namespace gazette {

/// Read-only view of one document for the rule stages.
struct RuleContext {
  std::string_view text;
  const TokenizedText& tokens;
  const std::vector<SentenceRange>& sentences;
  const EntityRules& rules;
  const Gazetteer& gazetteer;
  StringArena* arena;  ///< owns the strings rules build for this document (mentions view them)
};

/// RE2 patterns over the original text, kept only where a match starts and ends on token boundaries.
void ApplyPatternRules(const RuleContext& ctx, std::vector<Mention>* out);

/// Cue-word rules ("known as X", "Senator X", "X ransomware gang"), head-word rules ("X Ministry"),
/// and list lines ("Name Surname MP (Country)"). `known` are the gazetteer mentions so far.
void ApplyTokenRules(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out);

/// Names known by their shape (`person_name_rules`): a listed given name and one or two capitalized
/// surname words ("Daniel Otieno told reporters", "selon Sophie Lavallée"), a Chinese or Korean family name
/// and its given name ("Zhao Yifan"). `known` are the gazetteer mentions so far.
void ApplyPersonNameRules(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out);

/// "le ministère chinois de la Sécurité d'État": a head word, a demonym and the rest of a name the
/// gazetteer knows without the demonym, when the known entry belongs to the demonym's country.
void ApplyInnerDemonyms(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out);

/// "Belgium's Centre for Cybersecurity": a rule-found AGENCY or ORGANIZATION name right after a country's
/// possessive takes the known entry of that country named by the words and the country ("Centre for
/// Cybersecurity Belgium"). Runs on resolved mentions, in text order; changes canonical names only.
void LinkPossessorNames(const RuleContext& ctx, std::vector<Mention>* mentions);

/// "Long Form (ACR)" and "ACR (Long Form)": both become one entity, typed from the gazetteer when
/// either form is known, else from head words. Returns definitions as mentions (both forms).
void ApplyAcronymDefinitions(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out);

/// ISO 3166 alpha-2 codes that name a country by their place: a cell of a table column headed "Country"
/// ("| SE |"), or a code next to its country in brackets ("PS (Palestine)", "Sweden (SE)").
void ApplyCountryCodes(const RuleContext& ctx, const std::vector<Mention>& known, std::vector<Mention>* out);

/// Adds mentions for later uses of names found once: a surname alone links to the full name (unless
/// two people share it), an acronym to its definition, a cue-typed name to its first mention.
/// `resolved` are non-overlapping mentions; the new ones only fill uncovered tokens, except a one-word
/// LOCATION that is the surname of a person named before it: that mention in `out` is emptied (its end set
/// to its first token) for the caller's next ResolveOverlaps to drop.
void ApplyCoreference(const RuleContext& ctx, const std::vector<Mention>& resolved, std::vector<Mention>* out);

/// "Claire Fontaine ... Mme Fontaine": a one-word PERSON a title rule found takes the canonical name and
/// id of the one full-name PERSON of the document with that surname (none when two people share it).
void LinkTitledSurnames(const RuleContext& ctx, std::vector<Mention>* mentions);

/// Drops demonyms used as language names ("speak French", "en français"), mentions glued into a URL
/// or file path ("ESET_Winnti.pdf"), and canonical ids of aliases that a deny list suppresses.
void ApplyGuards(const RuleContext& ctx, std::vector<Mention>* mentions);

/// A lower-case demonym after an agency's or organization's name describes it and is not part of it
/// (the seed annotations: "Ministère des Affaires étrangères" + "tchèque"; "police fédérale" + "belge"):
/// the name keeps its entity, the demonym becomes its own COUNTRY mention. A country's name ending
/// the agency's ("... de la République tchèque") stays inside; English demonyms before a name are untouched.
void SplitTrailingDemonyms(const RuleContext& ctx, std::vector<Mention>* mentions);

/// "le Service de renseignement de l'État luxembourgeois": a known agency's name written with its
/// capital and ending with "État", followed by a demonym of the agency's own country (`country`
/// attribute), is one name with it, as is one whose demonym is capitalized as a word of the name; a
/// demonym of another country, or after a body ("Trésor" + "américain"), stays apart.
void JoinOwnTrailingDemonyms(const RuleContext& ctx, std::vector<Mention>* mentions);

/// "LUXEMBOURG, 3 juin –": an all-capitals country opening a line before a comma, a bracket or a dash
/// is a dateline's city, the capital of that name (`capital` attribute) when the gazetteer lists it.
void RetypeDatelineCapitals(const RuleContext& ctx, std::vector<Mention>* mentions);

}  // namespace gazette

#endif  // GAZETTE_SRC_ENTITY_RULES_H_
