// Entity and relation rules as loaded from JSON files (documented in gazetteers/README.md).
#ifndef GAZETTE_SRC_RULES_H_
#define GAZETTE_SRC_RULES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazette/config.h"
#include "gazette/error.h"
#include "phrase_index.h"
#include "string_table.h"

namespace re2 {
class RE2;
}

namespace gazette {

/// A phrase as folded token keys ("known as" -> {"known", "as"}).
using Phrase = std::vector<std::string>;

/// How pattern rules find their candidates: literal prefixes, and one RE2::Set over the patterns
/// without one (opaque here; see pattern_rules.cc).
class PatternPrefilter;

/// RE2 naming-scheme rule: matches of `regex` aligned to token boundaries become `type` mentions.
struct PatternRule {
  std::string id;
  std::string source;                ///< "rule:<id>", as mentions cite it
  std::string type;
  std::string canonical;            ///< RE2 rewrite ("APT\\1"); empty = the matched text, spaces collapsed
  std::shared_ptr<const re2::RE2> regex;
};

/// A name next to a cue phrase: "known as X", "Senator X" (after) or "X ransomware gang", "X MP" (before).
struct CueRule {
  std::string id;
  std::string source;                ///< "rule:<id>", as mentions cite it
  std::string type;
  bool after = true;                ///< the name follows the cue (else precedes it)
  std::vector<Phrase> cues;
  int max_words = 4;
  int min_words = 1;
  bool allow_lowercase_cue = true;  ///< cue may be written in any case
  bool name_may_be_known = false;   ///< also applies when the name is already a gazetteer mention of another type
  std::vector<Phrase> context_before;  ///< when set, one of these must occur within context_window tokens before the cue
  int context_window = 6;              ///< how many tokens before the cue context_before looks
  StringSet context_first_words;       ///< built by IndexEntityRules: the first word of each context_before phrase
  std::vector<Phrase> not_after;    ///< the rule does not apply right after one of these ("a site called X")
  bool allow_common_words = false;  ///< the cue is strong enough for names made of common words ("known as Quartz Heron")
  bool lowercase_cue = false;       ///< a cue word written with a capital inside a sentence is part of a name ("X Group")
  bool lists = false;               ///< an "after" name extends over a coordinated list ("known as X, Y and Z")
  StringSet name_not_ending_with;    ///< folded last words that make the name no match ("X RAT")
  std::vector<std::string> retype_known;  ///< a name that is exactly a known mention of one of these types
                                          ///< takes the rule's type ("the LockBit gang": MALWARE -> GROUP)
  bool skip_affiliation = false;    ///< an "after" PERSON name may follow the holder's modifiers, party and
                                    ///< constituency ("le député Renaissance Paul Midy", "sénateur (LR) de l'Oise X")
  bool skip_modifiers = false;      ///< an "after" name may follow up to two modifiers: demonyms and lower-case
                                    ///< words that are no common word ("la société lausannoise Xplain")
  bool after_complement = false;    ///< the "after" name follows the cue's complement and a comma, which must be
                                    ///< there ("officers of the FSB's Center X, Dmitry Dokuchaev and Igor Sushchin")
  bool skip_place = false;          ///< "before": a cue ", a <role>" also matches with a place or nationality
                                    ///< between article and role (", a Shanghai resident", ", a Chinese national")
  bool line_start = false;          ///< the cue opens a line, written as the phrase is ("By Helen Marsh", a byline)
  int cue_modifiers = 0;            ///< "before": a cue ", a <noun>" also matches with up to this many modifiers
                                    ///< between article and noun (", a private intelligence firm", ", a Bergen-based firm")
  StringSet cue_followers;          ///< "before": when set, a lower-case word right after the cue must be one of
                                    ///< these (", a firm that" names a firm; ", a firm believer" does not)
};

/// Capitalized phrase ending with a head word ("... Ministry", "Agence ...", "University of ...").
struct HeadWordRule {
  std::string id;
  std::string source;                ///< "rule:<id>", as mentions cite it
  std::string type;
  std::vector<Phrase> heads;        ///< words that, inside a capitalized phrase, type the phrase
  bool head_first = false;          ///< the head opens the phrase ("Ministry of ...", "Agence ...")
  int max_words = 5;                ///< head last: at most this many capitalized words before the head
  bool place_name = false;          ///< the rest is one known LOCATION mention and the head may be lower case
                                    ///< ("the Cologne public prosecutor's office", "le parquet de Lyon")
  bool allow_common_words = false;  ///< head last, ORGANIZATION: a name of common words only is one too, unless
                                    ///< it opens the sentence ("the Progress Party")
  bool country_name = false;        ///< with place_name: the rest is one COUNTRY mention, name or demonym,
                                    ///< instead ("the Maltese interior ministry", "the Malta foreign ministry")
  bool names_with_and = false;      ///< a head-last phrase may join two capitalized names with "and"/"&"
                                    ///< ("Harlow and Finch Ltd"), unless the first is a known mention
  bool head_ends_name = false;      ///< head last: a capitalized word right after the head makes it part of a
                                    ///< longer name, so no match ("Old Bear Press")
  bool capital_head = false;        ///< with place_name: the head's first word has its capital ("la Ville de
                                    ///< Gatineau" is the municipality, "la ville de Gatineau" the place)
  bool place_first = false;         ///< head last: the name opens with a known place ("Guangzhou Bluesea Security")
                                    ///< and has a word of its own, no common word, before the head
  bool in_firm_list = false;        ///< with place_first: a name without its place is one too when it follows a
                                    ///< firm in a list ("visent A Technology, établie à X, et B Security")
  std::vector<std::string> opens_with;  ///< head last: when set, the name opens with a known mention of one of
                                        ///< these types ("IRGC Cyber-Electronic Command")
  bool lower_head = false;          ///< head first: the head may be lower case when a capitalized word follows it,
                                    ///< and the name ends before "de"/"of" and a known place ("le ministère de
                                    ///< l'Économie d'Estonie")
};

/// A person's name known by its shape: a listed given name before one or two capitalized surname words
/// ("Daniel Otieno", "Marc-Antoine Roy", "Jean de La Fontaine"), or a Chinese or Korean family name before
/// its given name ("Zhao Yifan", "Kim Jong Un"). Guards are in person_name_rules.cc.
struct PersonNameRule {
  std::string id;
  std::string source;               ///< "rule:<id>", as mentions cite it
  bool family_name_first = false;   ///< the name opens with a `family_name_first` word (else a given name)
  int min_words = 2;                ///< name words, the opener included (particles do not count)
  int max_words = 3;
  bool syllabic = false;            ///< the words after the opener look like romanized Chinese or Korean syllables
  std::vector<Phrase> context_before;  ///< a name with one word that is also a common word needs one of these
  std::vector<Phrase> context_after;   ///< right before it, or one of these right after it ("Will Okafor said")
  StringSet articles;               ///< before a name opening with a common word, make it that word ("la Ville de X")
};

/// Everything for entity recognition beyond gazetteers.
struct EntityRules {
  std::vector<PatternRule> patterns;
  std::vector<CueRule> cue_rules;
  std::vector<HeadWordRule> head_rules;
  std::vector<PersonNameRule> person_name_rules;
  StringSet given_names;      ///< folded given names (given_names.txt) that open a person_name_rules name
  StringSet particles;        ///< de, van, von, ... inside names
  StringSet company_generic_words;  ///< "Exchange", "Technologies": ending a rule-found firm's name, later uses drop them
  StringSet family_name_first;  ///< Chinese and Korean surnames: "Gao Wei", "Ri Chol Jin" later "Gao", "Ri"
  StringSet connectors;       ///< of, for, the, de, la, ... inside long forms
  StringSet non_name_words;   ///< capitalized words that never start a name
  StringMap<std::string> acronym_head_types;  ///< head word -> type for definitions
  StringSet language_cues;    ///< words before a demonym that make it a language
  StringSet country_columns;  ///< table headers whose column holds ISO country codes ("Country")
  StringSet person_titles;    ///< words never inside a PERSON span
  StringSet affiliation_words;  ///< second halves of "Russia-linked", "China-nexus": the name before is a sponsor or home
  StringSet speaking_words;   ///< words before a demonym that always make it a language ("speaks French")
  std::vector<Phrase> company_suffixes;  ///< legal forms after a firm's name ("Limited", "Co., Ltd.")
  StringSet stance_prefixes;  ///< "anti", "pro": glued before a name, a stance, not a mention ("pro-Kremlin")
  StringSet title_modifiers;  ///< adjectives between a title and a name ("la députée européenne X")
  StringSet common_words;     ///< folded common words: a rule-found name is never only these
  StringSet context_dependent_group_names;  ///< one-word group names that are also ordinary words or names
                                            ///< ("Leviathan", "Calypso"); common words count too
  std::vector<std::string> threat_context_stems;  ///< folded word beginnings that make a document a threat report
  StringSet rule_ids;         ///< every rule id loaded so far, entity and relation (unique)
  /// Built by IndexEntityRules: every cue as (rule index, cue index), by its first two words.
  PhraseIndex cue_index;
  /// Built by IndexEntityRules: each pattern's literal prefix (tried at the tokens that start with it)
  /// and one RE2::Set over the patterns without one (null when that set does not compile within its
  /// memory budget: then every pattern scans every document).
  std::shared_ptr<const PatternPrefilter> pattern_prefilter;
  /// Built by IndexEntityRules: first head key -> (head rule index, head index).
  StringMap<std::vector<std::pair<std::size_t, std::size_t>>> head_index;
};

/// Builds EntityRules::cue_index (call once after loading every file).
void IndexEntityRules(EntityRules* rules);

/// One RE2::Set over all `patterns` (pattern_rules.cc), or null when it cannot be compiled (then every
/// pattern runs on every document).
std::shared_ptr<const PatternPrefilter> CompilePatternPrefilter(const std::vector<PatternRule>& patterns);

/// The first words of a list of phrases: text positions where none of them can start are skipped
/// without comparing each phrase.
struct PhraseFirstWords {
  StringSet words;
  bool any = false;  ///< some phrase is empty (it matches everywhere): no position is skipped
  void Build(const std::vector<Phrase>& phrases) {
    words.clear();
    any = false;
    for (const Phrase& p : phrases) {
      if (p.empty()) any = true;
      else words.insert(p[0]);
    }
  }
  bool MayStart(std::string_view key, uint64_t hash) const { return any || words.contains(key, hash); }
};

/// Where the head or tail must stand relative to the trigger.
enum class ArgOrder { kHeadTriggerTail, kTailTriggerHead, kTriggerHeadTail, kTriggerTailHead, kHeadTailTrigger, kTailHeadTrigger };

struct RelationRule {
  std::string id;
  std::string relation;             ///< attributed-to, notified, ...
  std::vector<std::string> head_types;
  std::vector<std::string> tail_types;
  ArgOrder order = ArgOrder::kHeadTriggerTail;
  std::vector<Phrase> triggers;
  int max_gap_first = 8;            ///< tokens allowed between the first argument/trigger and the second
  int max_gap_second = 8;           ///< tokens allowed between the second and the third
  std::vector<Phrase> requires_between;  ///< one of these must occur between trigger and the argument after it
  /// tokens allowed between the required phrase and the argument after it; -1: the rest of the gap
  /// ("informed the targeted MPs and the House": "the" only, so "warned MPs and urged Germany" is none)
  int max_gap_after_required = -1;
  std::vector<Phrase> tail_followed_by;  ///< one of these must follow the tail
  std::vector<Phrase> tail_not_followed_by;  ///< none of these may follow the tail ("warned X against": a threat)
  std::vector<Phrase> forbidden_between;  ///< none of these may occur where requires_between is checked ("that": a new clause)
  std::vector<Phrase> forbidden_before_trigger;  ///< none of these may occur between the argument before the trigger
                                                ///< and the trigger ("German firms that a group ...": another clause)
  std::vector<Phrase> negations;    ///< rule-specific negations, added to RelationRules::negations ("former" for leads)
  std::vector<Phrase> blocked_after;     ///< the rule does not apply when one of these follows the trigger ("by": a passive)
  std::vector<Phrase> agent_markers;  ///< an argument before the trigger right after one of these ("by the") is the
                                      ///< agent of another verb: the search goes on before it
  bool sentence_initial = false;    ///< the trigger must open its sentence ("Targeted by APT31 in 2021, X ...")
  /// a trigger after "and" takes the subject of the verb before it ("condemned ... and blamed China"); false
  /// for nouns, whose argument stands right before them ("X and Senator Y": Y's title, not a second verb)
  bool shared_subject = true;
  bool demonym_any = false;         ///< demonyms count as arguments even without a state noun
  /// an envoy that opens the sentence may be the head, for its state ("L'ambassade de Chine a accusé la
  /// Belgique"); elsewhere, and in rules without it, "the Chinese ambassador" is never an acting head
  bool envoy_heads = false;
  /// an AGENCY head also stands for its state, the entry's `country`, when the document names that country
  /// ("The Foreign Ministry summoned the Chinese ambassador" after "the Netherlands": summoned Netherlands -> China)
  bool agency_country_head = false;
  /// the head is not in the sentence but the entity the document is about: "Among the targets was X", "Parmi
  /// les victimes figure X" after paragraphs on a group. It is the head-type entity (prefer_head first) named
  /// most often before the trigger, the earliest on a tie; one named between trigger and tail wins ("Among
  /// the targets of APT31 was X"). Only with order "trigger tail head" (the tail follows the trigger).
  bool context_head = false;
  /// the head is not in the sentence but the head of the latest earlier statement of the same relation, a
  /// trigger of another rule whose head was found, named tail or not ("The Council imposed sanctions on seven
  /// people. Among those sanctioned were X", "The three men, X, Y and Z, were designated"), at most
  /// kStatementSentences back; no relation when a head-type name stands before the trigger (the sentence
  /// states its own). Order "trigger tail head" (tail after the trigger) or "tail trigger head" (before it).
  bool statement_head = false;
  /// Built by IndexRelationRules: some `statement_head` rule has this rule's relation, so its heads are noted.
  bool feeds_statements = false;
  std::vector<std::string> prefer_head_types;  ///< within the gap, a head of these types wins over a nearer one
  bool demonym_only = false;        ///< COUNTRY arguments must be demonyms ("Belgian deputy X")
  bool lists = true;                ///< extend arguments over coordinated lists
  double confidence = 0.8;
  std::string lang;                 ///< "en", "fr" or empty (both)
  /// Built by IndexRelationRules: the first words of requires_between, forbidden_between and
  /// forbidden_before_trigger.
  PhraseFirstWords requires_between_first, forbidden_between_first, forbidden_before_trigger_first;
};

struct RelationRules {
  std::vector<RelationRule> rules;
  std::vector<Phrase> negations;    ///< "not", "denied", "n'a pas" ... before the trigger
  StringSet state_nouns;  ///< government, authorities, gouvernement, ... next to a demonym
  StringSet envoy_nouns;  ///< ambassador, embassy: "the Chinese ambassador" is never an acting head
  StringSet envoy_links;  ///< of, de, 's: nor is "the ambassador of China", "l'ambassadeur de Chine", "China's ambassador"
  StringSet affiliation_words;  ///< the same list as EntityRules::affiliation_words (one key fills both)
  StringSet person_titles;  ///< EntityRules::person_titles and title_modifiers: "and Lithuanian MEP Y" continues a list
  StringSet auxiliaries;     ///< has, been, a, été, ...: skipped between a relative clause and the trigger
  StringSet function_words;  ///< the, of, de, ...: an apposition needs a lower-case word outside these
  StringSet relative_pronouns;  ///< who, which, qui, dont, ...: ", who chairs the Committee," is skipped
  StringSet inclusion_words;    ///< including, dont, ...: ", including Senator X," names members, not skipped
  StringSet list_separators;    ///< ",", and, et, or, 's: join coordinated arguments into a list
  StringSet list_glue;          ///< the, in, en, by, par, ...: may repeat inside a list ("by X and by Y")
  /// military, intelligence, service, ...: may stand between a possessive "'s" and the name it owns, which
  /// then joins the list as "China's Ministry of State Security" does ("Russia's military intelligence service GRU")
  StringSet possessed_descriptors;
  StringSet coordinators;       ///< and, et: "X condemned ... and blamed Y" shares the first verb's subject
  StringSet clause_openers;     ///< that, que, ";": where the clause of a coordinated verb's subject starts
  /// "également", "publiquement", "jeudi", "par ailleurs": may stand once after a trigger's first word, between
  /// the auxiliary and the participle of a compound tense ("a également informé", "a publiquement accusé")
  std::vector<Phrase> trigger_inserts;
  PhraseIndex insert_index;             ///< built by IndexRelationRules: trigger_inserts by their first two words
  StringMap<std::vector<Phrase>> anaphora;  ///< type -> "the group", "ce groupe"
  /// "same", "même": an anaphor holding one looks back through the whole document, not three sentences.
  StringSet document_anaphora_words;
  /// "Its director, X", "Son directeur général, X": a possessive word right before one of
  /// `possessive_nouns` (an adjective may stand between) stands for an entity of `possessive_types`.
  StringSet possessives;
  StringSet possessive_nouns;
  std::vector<std::string> possessive_types;
  /// "she", "elle": stand for the latest entity of `pronoun_type` named before them in their sentence or the
  /// one before; "I", "je" (`speaker_pronouns`) for a quote's speaker named right after it closes, else the same.
  std::string pronoun_type;
  StringSet pronoun_words;
  StringSet speaker_pronouns;
  /// "l'a", "l'ont": an object pronoun (the first word) before an auxiliary, resolved as `pronoun_words`.
  std::vector<Phrase> object_pronouns;
  StringSet possessive_agent_words;  ///< by, par: the name after one (an article aside) is no possessive's antecedent
  /// firm -> ORGANIZATION, ministry -> AGENCY: such a noun before a possessive in its sentence says what it
  /// speaks of ("Designated alongside the firm were its managing director, X": the latest organization).
  StringMap<std::string> possessive_noun_types;
  /// ministry, chambre, ...: such a noun alone ("Ministry spokesman X", "de la Chambre", "Le chef du département")
  /// stands for the latest agency or organization (`possessive_types`) whose name holds it, in this sentence
  /// or the kAnaphoraSentences before; not when "of", "de" follows (a name or another body: "la commission des
  /// finances"), and never for an entity whose name does not hold it.
  StringSet named_anaphora;
  /// Built by IndexRelationRules: first negation key -> indices into `negations`.
  StringMap<std::vector<std::size_t>> negation_index;
  /// Built by IndexRelationRules: first anaphor key -> (index into `anaphora`, phrase index), in file order.
  StringMap<std::vector<std::pair<std::size_t, std::size_t>>> anaphora_index;
  /// Built by IndexRelationRules: first trigger key -> (rule index, trigger index).
  PhraseIndex trigger_index;
  /// Built by IndexRelationRules: some rule has `context_head` or `statement_head` (then a sentence with one
  /// argument counts).
  bool any_context_head = false;
};

/// How many sentences back a `statement_head` rule looks for the statement whose head it takes: an article
/// names the sanctioning body, then its targets over a sentence or two.
inline constexpr std::size_t kStatementSentences = 3;

/// Builds RelationRules::trigger_index (call once after loading every file).
void IndexRelationRules(RelationRules* rules);

/// Parses one rule file (entity rules, relation rules, or both), appending errors with file:line:column.
void LoadRuleJson(const std::string& content, const std::string& file, EntityRules* entity, RelationRules* relation,
                  std::vector<Error>* errors);

/// Folds and tokenizes a phrase into keys.
Phrase MakePhrase(const std::string& text);

}  // namespace gazette

#endif  // GAZETTE_SRC_RULES_H_
