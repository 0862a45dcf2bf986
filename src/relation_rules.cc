// Relation rules. A rule names a relation, the types its head and tail may have, trigger phrases,
// and the order of head, trigger and tail; the engine finds each trigger in a sentence, takes the
// nearest argument of an allowed type on each side within the allowed gaps, extends arguments over
// coordinated lists ("the UK and the US"), and drops the relation when a negation precedes the
// trigger. Anaphors ("the group", "ce groupe") stand for the most recent entity of their type in the
// same or the three previous sentences; a possessive before a title ("Son directeur général, X") for the
// organization the text is about. A few structural choices refine "nearest": a relative clause or
// apposition before the trigger is skipped, another verb's agent ("warned by the CCB of having been the
// target of") is passed over, and a verb coordinated with an earlier one ("condemned ... and blamed")
// takes that verb's subject. A trigger of several words may hold an adverb or a date after its auxiliary
// ("a également informé"). A sanctions statement with no named target ("The Council sanctioned seven
// people") lends its head to the targets named in the sentences after (`statement_head`). A relation
// never links an entity to itself, and a negation before an earlier coordinated verb does not reach a later
// one. Everything lexical lives in the rule files.
#include "relation_rules.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <tuple>

#include "pronouns.h"

namespace gazette {

void IndexRelationRules(RelationRules* rules) {
  for (RelationRule& rule : rules->rules) {
    rule.requires_between_first.Build(rule.requires_between);
    rule.forbidden_between_first.Build(rule.forbidden_between);
    rule.forbidden_before_trigger_first.Build(rule.forbidden_before_trigger);
  }
  rules->trigger_index.clear();
  rules->any_context_head = false;
  for (const RelationRule& rule : rules->rules) rules->any_context_head |= rule.context_head || rule.statement_head;
  // A rule feeds the statements a `statement_head` rule of its relation reads.
  for (RelationRule& rule : rules->rules) {
    rule.feeds_statements = false;
    for (const RelationRule& other : rules->rules)
      rule.feeds_statements |= !rule.statement_head && other.statement_head && other.relation == rule.relation;
  }
  for (std::size_t r = 0; r < rules->rules.size(); ++r)
    for (std::size_t t = 0; t < rules->rules[r].triggers.size(); ++t)
      rules->trigger_index.Add(rules->rules[r].triggers[t], {r, t});
  rules->insert_index.clear();
  for (std::size_t i = 0; i < rules->trigger_inserts.size(); ++i)
    if (!rules->trigger_inserts[i].empty()) rules->insert_index.Add(rules->trigger_inserts[i], {i, 0});
  rules->negation_index.clear();
  for (std::size_t n = 0; n < rules->negations.size(); ++n)
    if (!rules->negations[n].empty()) rules->negation_index[rules->negations[n][0]].push_back(n);
  rules->anaphora_index.clear();
  for (std::size_t a = 0; a < rules->anaphora.size(); ++a) {
    const std::vector<Phrase>& phrases = rules->anaphora.begin()[a].second;
    for (std::size_t p = 0; p < phrases.size(); ++p)
      if (!phrases[p].empty()) rules->anaphora_index[phrases[p][0]].emplace_back(a, p);
  }
}

namespace {

// How many sentences back an anaphor looks for its antecedent: news articles name the group once and
// go on with "the group" through a quote or two ("... APT31. <OFAC sanctions>. <a quote>. FBI Director X
// said the group had targeted ...").
constexpr std::size_t kAnaphoraSentences = 3;

// The head of the latest statement of a relation ("The Council imposed sanctions on seven people"): its
// mentions (a coordinated head is several: "Britain and the EU imposed sanctions on five officers") and
// sentence, read by `statement_head` rules in the sentences after.
struct StatementHead {
  std::string_view relation;
  std::vector<std::size_t> mentions;
  std::size_t sentence = 0;
};
using StatementHeads = std::vector<StatementHead>;
// How many sentences back a capitalized anaphor ("le Centre", "the Bureau") looks for the name it shortens:
// articles name a body once and go on with its head noun for a few paragraphs.
constexpr std::size_t kShortFormSentences = 8;

// Tokens of titles a person's name may carry after a trigger without counting in the gap ("la députée
// néo-démocrate", "the French MP").
constexpr std::size_t kMaxTitleTokens = 6;

// The first token of the sentence `back` sentences before sentence s (the first sentence's when fewer).
std::size_t WindowStart(const std::vector<SentenceRange>& sentences, std::size_t s, std::size_t back) {
  return sentences[s >= back ? s - back : 0].first;
}

// The sentence holding token `token`, at or before sentence s.
std::size_t SentenceOf(const std::vector<SentenceRange>& sentences, std::size_t s, std::size_t token) {
  while (s > 0 && sentences[s].first > token) --s;
  return s;
}

struct Arg {
  uint32_t first = 0, end = 0;
  std::size_t mention = 0;  // the entity it stands for (an anaphor's antecedent)
  std::string_view type;
  bool demonym = false;
};

bool HasType(const std::vector<std::string>& types, std::string_view type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

class SentenceRelations {
 public:
  SentenceRelations(const TokenizedText& t, const RelationRules& rules, const std::vector<Arg>& args,
                    const std::vector<Mention>& mentions, std::size_t first, std::size_t last, StatementHeads* statements)
      : t_(t),
        rules_(rules),
        args_(args),
        mentions_(mentions),
        first_(first),
        last_(last),
        statements_(statements) {}

  // Every rule whose trigger occurs in the sentence, found through the first-key index.
  // A trigger of several words may hold one insert after its first word ("a également informé"); the index
  // is then asked with the word after the insert too, for its multi-word triggers only (its one-word ones
  // were seen already).
  void Apply(const std::string& lang, std::size_t sentence, std::vector<FoundRelation>* out) const {
    for (std::size_t p = first_; p < last_; ++p) {
      if (!rules_.trigger_index.HasFirst(t_.key(p), t_.key_hashes[p])) continue;
      ApplyFrom(lang, p, p + 1, false, sentence, out);
      if (p + 1 >= last_) continue;
      for (const PhraseIndex::Ref& ref : InsertsAt(p + 1)) {
        const Phrase& insert = rules_.trigger_inserts[ref.first];
        if (PhraseAt(t_, p + 1, last_, insert)) ApplyFrom(lang, p, p + 1 + insert.size(), true, sentence, out);
      }
    }
  }

 private:
  // The triggers whose first word is at `p` and whose second word is at `second`.
  void ApplyFrom(const std::string& lang, std::size_t p, std::size_t second, bool multi_word_only, std::size_t sentence,
                 std::vector<FoundRelation>* out) const {
    const std::string_view next = second < last_ ? t_.key(second) : std::string_view();
    for (auto [r, t] : rules_.trigger_index.At(t_.key(p), t_.key_hashes[p], second < last_ ? &next : nullptr,
                                               second < last_ ? t_.key_hashes[second] : 0)) {
      const RelationRule& rule = rules_.rules[r];
      if (!rule.lang.empty() && rule.lang != lang) continue;
      const Phrase& trig = rule.triggers[t];
      if (multi_word_only && trig.size() < 2) continue;
      const std::size_t end = TriggerEnd(p, trig);
      if (end != 0) ApplyAt(rule, p, end, sentence, out);
    }
  }

  // The trigger inserts that may start at `k` (callers still match the whole phrase).
  PhraseIndex::Candidates InsertsAt(std::size_t k) const {
    const std::string_view next = k + 1 < last_ ? t_.key(k + 1) : std::string_view();
    return rules_.insert_index.At(t_.key(k), t_.key_hashes[k], k + 1 < last_ ? &next : nullptr,
                                  k + 1 < last_ ? t_.key_hashes[k + 1] : 0);
  }

  // Where `trig` ends when it starts at `p`, directly or with one insert after its first word (the
  // auxiliary of a compound tense: "a également informé"); 0 if it is not there.
  std::size_t TriggerEnd(std::size_t p, const Phrase& trig) const {
    if (PhraseAt(t_, p, last_, trig)) return p + trig.size();
    if (trig.size() < 2) return 0;
    for (const PhraseIndex::Ref& ref : InsertsAt(p + 1)) {
      const Phrase& insert = rules_.trigger_inserts[ref.first];
      if (!PhraseAt(t_, p + 1, last_, insert)) continue;
      const std::size_t rest = p + 1 + insert.size();
      bool match = rest + trig.size() - 1 <= last_;
      for (std::size_t k = 1; match && k < trig.size(); ++k) match = t_.key(rest + k - 1) == trig[k];
      if (match) return rest + trig.size() - 1;
    }
    return 0;
  }

  // Where the up to three auxiliaries ending at `pos` start ("X, membre de la commission, a été la
  // cible de", "... and has also blamed"): the clause before a verb is looked for from there.
  std::size_t BeforeAuxiliaries(std::size_t pos) const {
    std::size_t start = pos;
    for (int k = 0; k < 3 && start > first_ && rules_.auxiliaries.contains(t_.key(start - 1), t_.key_hashes[start - 1]); ++k)
      --start;
    return start;
  }

  // "X, membre de la commission, qui affirme avoir été alerté par": a trigger inside a relative clause,
  // auxiliaries and reporting verbs aside, takes the antecedent before ", qui" (past any apposition
  // before it, which SkipRelativeClause then skips): the search starts right after that comma.
  std::size_t BeforeRelativePronoun(std::size_t pos) const {
    const std::size_t end = BeforeAuxiliaries(pos);
    if (end == pos || end < first_ + 3 || t_.key(end - 2) != "," ||
        !rules_.relative_pronouns.contains(t_.key(end - 1), t_.key_hashes[end - 1]))
      return pos;
    return end - 1;
  }

  // args_[i] for an index known to be valid (>= 0); Before/After/List use -1 for "none".
  const Arg& ArgAt(int i) const { return args_[static_cast<std::size_t>(i)]; }
  bool ArgOk(const Arg& a, const std::vector<std::string>& types, const RelationRule& rule, bool head) const {
    if (!HasType(types, a.type)) return false;
    if (rule.demonym_only && a.type == "COUNTRY" && !a.demonym) return false;
    if (head && !(rule.envoy_heads && OpensSentence(a))) {
      if (a.demonym && a.end < last_ && rules_.envoy_nouns.count(t_.key(a.end))) return false;
      if (IsEnvoyOf(a)) return false;
    }
    // "a China-nexus actor targets ...", "a Google-owned company based in": a name inside a hyphenated
    // modifier of the actor is not the actor.
    if (head && a.end + 1 < last_ && t_.tokens[a.end].has(kGluedHyphen) &&
        (rules_.affiliation_words.contains(t_.key(a.end + 1), t_.key_hashes[a.end + 1]) ||
         (t_.tokens[a.end + 1].kind == TokenKind::kWord && !t_.tokens[a.end + 1].has(kCapitalized))))
      return false;
    if (!a.demonym || rule.demonym_any) return true;
    // A demonym is an argument only beside a state noun: "French authorities", "autorités françaises",
    // or coordinated with one that is: "Pakistani and Bangladeshi government officials".
    std::size_t end = a.end;
    while (true) {
      for (std::size_t k = end; k < std::min<std::size_t>(end + 2, last_); ++k)
        if (rules_.state_nouns.contains(t_.key(k), t_.key_hashes[k])) return true;
      std::string_view sep = end < last_ ? t_.key(end) : std::string_view();
      if (sep != "and" && sep != "or" && sep != "et" && sep != "ou" && sep != ",") break;
      const Arg* next = nullptr;
      for (auto b = FirstArgFrom(end + 1); b != args_.end() && b->first == end + 1; ++b)
        if (b->demonym) next = &*b;
      if (next == nullptr) break;
      end = next->end;
    }
    if (a.first > first_ && rules_.state_nouns.count(t_.key(a.first - 1))) return true;
    return false;
  }

  // "L'ambassade de Chine a rejeté ... et a accusé la Belgique", "The Chinese embassy said ... and accused":
  // an envoy that opens the sentence is its subject and speaks for its state; nothing but articles, envoy
  // nouns and their links ("de", "'s") stands before the country.
  bool OpensSentence(const Arg& a) const {
    for (std::size_t k = first_; k < a.first; ++k) {
      if (t_.tokens[k].kind != TokenKind::kWord) continue;
      if (!rules_.function_words.contains(t_.key(k), t_.key_hashes[k]) && !rules_.envoy_nouns.count(t_.key(k)) &&
          !rules_.envoy_links.contains(t_.key(k), t_.key_hashes[k]))
        return false;
    }
    return true;
  }

  // "China's ambassador", "l'ambassadeur de Chine", "the ambassador of China": the country sends the
  // envoy, who is no acting head ("... de Russie, convoqué à Paris": Russia summons no one).
  bool IsEnvoyOf(const Arg& a) const {
    auto link = [&](std::size_t k) { return rules_.envoy_links.contains(t_.key(k), t_.key_hashes[k]); };
    if (a.end + 1 < last_ && link(a.end) && rules_.envoy_nouns.count(t_.key(a.end + 1))) return true;
    std::size_t k = a.first;
    // An article between: "l'ambassadeur de la Russie".
    if (k > first_ && !link(k - 1) && rules_.function_words.contains(t_.key(k - 1), t_.key_hashes[k - 1])) --k;
    return k >= first_ + 2 && link(k - 1) && rules_.envoy_nouns.count(t_.key(k - 2));
  }

  // The first argument starting at or after `pos` (args_ is sorted by first token).
  std::vector<Arg>::const_iterator FirstArgFrom(std::size_t pos) const {
    return std::lower_bound(args_.begin(), args_.end(), pos, [](const Arg& a, std::size_t p) { return a.first < p; });
  }

  // "Senator X, who chairs the Committee, accused China": an argument before the trigger is looked for
  // before a relative clause that ends right at the trigger, not inside it. So is it before a name in
  // apposition that cannot be the argument ("Le ministre tchèque des Affaires étrangères, Jan Lipavský,
  // a convoqué": a person is no summoning head, the minister's country is).
  std::size_t SkipRelativeClause(std::size_t pos, const std::vector<std::string>& types, const RelationRule& rule,
                                 bool head) const {
    // Auxiliaries between the clause and the trigger: "X, membre de la commission, a été la cible de".
    const std::size_t end = BeforeAuxiliaries(pos);
    if (end < first_ + 3 || t_.key(end - 1) != ",") return pos;
    for (std::size_t c = end - 2; c > first_; --c) {
      std::string_view k = t_.key(c);
      if (k == "." || k == ";") break;
      if (k != ",") continue;
      // "warned several lawmakers, including Senator X, that they had been targeted": the names an
      // inclusion word introduces are members of the argument before it, arguments themselves.
      if (rules_.inclusion_words.contains(t_.key(c + 1), t_.key_hashes[c + 1]) &&
          NamesMembers(c + 1, end - 1, types, rule, head))
        return pos;
      if (rules_.relative_pronouns.contains(t_.key(c + 1), t_.key_hashes[c + 1])) return c;
      if (NamedByNoun(c, end - 1, types, rule, head)) return pos;
      if (IsApposition(c, end - 1)) return c;
      if (IsForeignName(c, end - 1, types, rule, head)) return c;
      break;  // another comma first: a list, not a relative clause or an apposition
    }
    return pos;
  }

  // "Iain Duncan Smith, a co-chair of IPAC, told ...", "X, présidente de la sous-commission du Parlement
  // européen, accuse ...": between the commas at `open` and `close` stands an apposition to the argument
  // ending at `open`: it opens with a lower-case word and holds a lower-case content word outside every
  // argument. "The FBI, the NCSC and ANSSI warned" is a list (only function words), "the minister,
  // Jean Dupont, said" a name: neither is skipped.
  bool IsApposition(std::size_t open, std::size_t close) const {
    if (close <= open + 2 || t_.tokens[open + 1].has(kCapitalized)) return false;
    // "APT31, linked to ...," or "the APT31 group, linked to ...,": the apposition follows the argument
    // or its head noun.
    bool after_arg = false;
    const bool head_noun = open > first_ && t_.tokens[open - 1].kind == TokenKind::kWord &&
                           !t_.tokens[open - 1].has(kCapitalized);
    for (const Arg& a : args_) after_arg |= a.end == open || (head_noun && a.end + 1 == open);
    if (!after_arg) return false;
    // args_ is sorted by first token and arguments never cross each other, so one cursor walks them
    // alongside k (an argument spanning the comma at `open` included).
    auto arg = args_.begin();
    bool content_word = false;
    for (std::size_t k = open + 1; k < close; ++k) {
      while (arg != args_.end() && arg->end <= k) ++arg;
      // "Son directeur, X, a indiqué que le groupe Lazarus, soutenu par": a stretch holding a clause
      // opener is a clause of its own, never an apposition.
      if (rules_.clause_openers.contains(t_.key(k), t_.key_hashes[k])) return false;
      const Token& tok = t_.tokens[k];
      if (tok.kind != TokenKind::kWord || tok.has(kCapitalized)) continue;
      if (arg != args_.end() && arg->first <= k) continue;  // inside an argument
      content_word |= !rules_.function_words.contains(t_.key(k), t_.key_hashes[k]);
    }
    return content_word;
  }

  // "including Senator X," "dont le député X,": after the inclusion word at `word`, an allowed argument
  // (or list) ends at the comma `close`, with no verb before it ("dont le directeur est X" is a clause).
  bool NamesMembers(std::size_t word, std::size_t close, const std::vector<std::string>& types,
                    const RelationRule& rule, bool head) const {
    for (auto a = FirstArgFrom(word + 1); a != args_.end() && a->end <= close; ++a) {
      if (a->end != close) continue;
      if (!ArgOk(*a, types, rule, head)) return false;
      for (std::size_t k = word + 1; k < a->first; ++k)
        if (rules_.auxiliaries.contains(t_.key(k), t_.key_hashes[k]) || t_.key(k) == ",") return false;
      return true;
    }
    return false;
  }

  // "Selon l'ANSSI, le groupe Sandworm, rattaché au GRU": the stretch between the commas at `open` and
  // `close` ends with an allowed argument right after a common noun that it names, so it is the
  // argument, not an apposition to skip; "a member of IPAC," names IPAC after a preposition.
  bool NamedByNoun(std::size_t open, std::size_t close, const std::vector<std::string>& types,
                   const RelationRule& rule, bool head) const {
    auto a = FirstArgFrom(open + 1);
    while (a != args_.end() && a->end < close) ++a;
    if (a == args_.end() || a->end != close || a->first <= open + 1 || !ArgOk(*a, types, rule, head)) return false;
    const std::size_t k = a->first - 1;
    const Token& noun = t_.tokens[k];
    return noun.kind == TokenKind::kWord && !noun.has(kCapitalized) &&
           !rules_.function_words.contains(t_.key(k), t_.key_hashes[k]) &&
           !rules_.auxiliaries.contains(t_.key(k), t_.key_hashes[k]);
  }

  // ", Jan Lipavský," between the commas at `open` and `close`: one argument and nothing else but
  // capitalized words and function words ("M.", "le député"), of a type the rule does not take here.
  bool IsForeignName(std::size_t open, std::size_t close, const std::vector<std::string>& types,
                     const RelationRule& rule, bool head) const {
    auto a = FirstArgFrom(open + 1);
    if (a == args_.end() || a->end > close) return false;
    auto next = a + 1;
    if (next != args_.end() && next->first < close) return false;  // two arguments: a list or a clause
    if (ArgOk(*a, types, rule, head) || (head && ArgOk(*a, rule.prefer_head_types, rule, head))) return false;
    for (std::size_t k = open + 1; k < close; ++k) {
      if (k >= a->first && k < a->end) continue;
      const Token& tok = t_.tokens[k];
      if (tok.kind == TokenKind::kWord && !tok.has(kCapitalized) &&
          !rules_.function_words.contains(t_.key(k), t_.key_hashes[k]))
        return false;
    }
    return true;
  }

  // Nearest allowed argument ending at or before `pos` with at most `gap` tokens between; for heads,
  // one of the rule's preferred head types wins over a nearer argument of another type.
  // `at_trigger`: pos is the trigger's first token (relative clauses are skipped and a coordinated verb's
  // subject is looked for only there).
  int Before(std::size_t pos, int gap, const std::vector<std::string>& types, const RelationRule& rule,
             bool at_trigger = false) const {
    const std::size_t trigger = pos;
    // Only the argument right before the trigger: "the intrusion by Storm-0558, a China-based actor" has
    // no clause to skip between the group and its sponsor.
    if (at_trigger) pos = SkipRelativeClause(BeforeRelativePronoun(pos), types, rule, &types == &rule.head_types);
    int found = -1;
    if (&types == &rule.head_types && !rule.prefer_head_types.empty())
      found = NearestBefore(pos, gap, rule.prefer_head_types, rule);
    if (found < 0) found = NearestBefore(pos, gap, types, rule);
    // "The German government summoned the Russian ambassador on Friday and accused APT28": the subject
    // of a coordinated verb may stand beyond the gap (SharedSubject bounds the clause).
    if (at_trigger && rule.shared_subject) {
      int shared = SharedSubject(trigger, types, rule, found < 0);
      if (shared >= 0) return shared;
    }
    return found;
  }
  int NearestBefore(std::size_t pos, int gap, const std::vector<std::string>& types, const RelationRule& rule) const {
    for (int i = static_cast<int>(args_.size()) - 1; i >= 0; --i) {
      const Arg& a = ArgAt(i);
      if (a.end > pos) continue;
      if (static_cast<int>(pos - a.end) > gap) return -1;
      if (!ArgOk(a, types, rule, &types == &rule.head_types || &types == &rule.prefer_head_types)) continue;
      // "Femke Jansen (GroenLinks), qui ...": a party in brackets right after a person's name annotates it; the
      // person is the argument.
      if (i > 0 && a.type == "ORGANIZATION" && a.first > first_ && t_.key(a.first - 1) == "(" && a.end < last_ &&
          t_.key(a.end) == ")" && ArgAt(i - 1).type == "PERSON" && ArgAt(i - 1).end + 1 == a.first &&
          ArgOk(ArgAt(i - 1), types, rule, &types == &rule.head_types || &types == &rule.prefer_head_types))
        continue;
      // "X, warned by the CCB of having been the target of APT31": the CCB (with any list it opens) is the
      // agent of "warned", not the one targeted; the search goes on before "by".
      std::size_t list_first = ArgAt(List(i, -1, types, rule).back()).first;
      // "the Centre for Cybersecurity Belgium (CCB)": a name in brackets after another restates it.
      if (list_first > first_ + 1 && t_.key(list_first - 1) == "(")
        for (auto b = FirstArgFrom(first_); b != args_.end() && b->first < list_first; ++b)
          if (b->end == list_first - 1) list_first = b->first;
      for (const Phrase& p : rule.agent_markers)
        if (list_first >= first_ + p.size() && PhraseAt(t_, list_first - p.size(), list_first, p))
          return Before(list_first - p.size(), gap, types, rule);
      return i;
    }
    return -1;
  }

  // "The Czech Republic condemned a campaign against its ministry and blamed China": a verb coordinated
  // with an earlier one (an "and" right before it, auxiliaries aside) shares that verb's subject, the first
  // allowed argument of the clause, not the nearest argument (the first verb's object). -1 when the
  // trigger is no coordinated verb or the clause has no such argument. `beyond_gap`: the usual search
  // found nothing, so the "and" may just as well end a list of nouns ("targeted officials, journalists
  // and members of IPAC"): a comma shortly before it, not right before it, says so.
  int SharedSubject(std::size_t pos, const std::vector<std::string>& types, const RelationRule& rule,
                    bool beyond_gap) const {
    const std::size_t end = BeforeAuxiliaries(pos);
    if (end <= first_ || !rules_.coordinators.contains(t_.key(end - 1), t_.key_hashes[end - 1])) return -1;
    const std::size_t coordinator = end - 1;
    if (beyond_gap)
      for (std::size_t k = coordinator >= first_ + 4 ? coordinator - 4 : first_; k + 1 < coordinator; ++k)
        if (t_.key(k) == ",") return -1;
    // The clause opens at the sentence start or after "that", "que", ";", at most kMaxSubjectDistance back.
    constexpr std::size_t kMaxSubjectDistance = 30;
    std::size_t start = coordinator > first_ + kMaxSubjectDistance ? coordinator - kMaxSubjectDistance : first_;
    for (std::size_t k = coordinator; k > start; --k)
      if (rules_.clause_openers.contains(t_.key(k - 1), t_.key_hashes[k - 1])) { start = k; break; }
    const bool head = &types == &rule.head_types;
    for (const std::vector<std::string>* want : {head ? &rule.prefer_head_types : nullptr, &types}) {
      if (want == nullptr || want->empty()) continue;
      for (auto a = FirstArgFrom(start); a != args_.end() && a->end <= coordinator; ++a) {
        if (!ArgOk(*a, *want, rule, head)) continue;
        // "The FBI and the NCSC investigated ... and warned X": the last of a list, which the caller
        // extends leftwards over the others.
        int last = List(static_cast<int>(a - args_.begin()), +1, *want, rule).back();
        return ArgAt(last).end <= coordinator ? last : static_cast<int>(a - args_.begin());
      }
    }
    return -1;
  }
  // Nearest allowed argument starting at or after `pos` with at most `gap` tokens between; a person's titles
  // count as part of the name ("a informé la députée néo-démocrate X": no gap).
  int After(std::size_t pos, int gap, const std::vector<std::string>& types, const RelationRule& rule) const {
    for (auto i = static_cast<std::size_t>(FirstArgFrom(pos) - args_.begin()); i < args_.size(); ++i) {
      const Arg& a = args_[i];
      if (static_cast<int>(a.first - pos) > gap) {
        if (a.type != "PERSON" || static_cast<int>(TitlesStart(pos, a.first) - pos) > gap) {
          if (static_cast<int>(a.first - pos) > gap + static_cast<int>(kMaxTitleTokens)) return -1;
          continue;
        }
      }
      if (!ArgOk(a, types, rule, &types == &rule.head_types)) continue;
      // A party or employer right before a person's name modifies it ("le député Ecolo Samuel Cogolati"),
      // titles between aside ("Labour MP X").
      if (a.type == "ORGANIZATION" && i + 1 < args_.size() && args_[i + 1].type == "PERSON" &&
          OnlyTitles(a.end, args_[i + 1].first) && ArgOk(args_[i + 1], types, rule, &types == &rule.head_types))
        return static_cast<int>(i + 1);
      return static_cast<int>(i);
    }
    return -1;
  }

  // Where the titles before a person's name at `name` start, looking back no further than `from`: "la
  // députée néo-démocrate" in "a informé la députée néo-démocrate X", "the French senator". Titles and their
  // modifiers (a hyphenated one is three tokens), demonyms, and one article before them; `name` for none.
  std::size_t TitlesStart(std::size_t from, std::size_t name) const {
    std::size_t k = name;
    bool title = false;
    for (std::size_t words = 0; k > from && words < kMaxTitleTokens; ++words) {
      const std::size_t w = k - 1;
      // A hyphenated modifier first: "démocrate" alone is one too.
      if (w >= from + 2 && t_.tokens[w - 1].has(kGluedHyphen) &&
          rules_.person_titles.count(std::string(t_.key(w - 2)) + " - " + std::string(t_.key(w)))) {
        title = true;
        k = w - 2;
        continue;
      }
      if (rules_.person_titles.contains(t_.key(w), t_.key_hashes[w])) {
        title = true;
        k = w;
        continue;
      }
      auto demonym = std::find_if(args_.begin(), args_.end(), [&](const Arg& x) { return x.demonym && x.end == k; });
      if (demonym == args_.end() || demonym->first < from) break;
      k = demonym->first;
    }
    if (!title) return name;
    if (k > from && rules_.function_words.contains(t_.key(k - 1), t_.key_hashes[k - 1])) --k;
    return k;
  }

  // The end of a trigger insert that starts at `pos` ("lundi", "in March"), or `pos` when none does.
  std::size_t SkipInsert(std::size_t pos) const {
    if (pos >= last_) return pos;
    for (const PhraseIndex::Ref& ref : InsertsAt(pos)) {
      const Phrase& insert = rules_.trigger_inserts[ref.first];
      if (PhraseAt(t_, pos, last_, insert)) return pos + insert.size();
    }
    return pos;
  }

  // Tokens [from, to) are at most three person titles ("MP", "Senator"), or none.
  bool OnlyTitles(std::size_t from, std::size_t to) const {
    if (to < from || to - from > 3) return false;
    for (std::size_t k = from; k < to; ++k)
      if (!rules_.person_titles.contains(t_.key(k), t_.key_hashes[k])) return false;
    return true;
  }

  // After(), for the argument after the trigger: with `requires_between` ("by", "to"), the argument
  // comes after the first required phrase ("attributed the campaign against its ministry to APT31",
  // "X was targeted in Germany by APT28"), still within `gap` tokens of `pos`.
  int AfterRequired(std::size_t pos, int gap, const std::vector<std::string>& types, const RelationRule& rule) const {
    if (rule.requires_between.empty()) return After(pos, gap, types, rule);
    const std::size_t limit = std::min<std::size_t>(last_, pos + static_cast<std::size_t>(gap) + 1);
    for (std::size_t k = pos; k < limit; ++k) {
      if (!rule.requires_between_first.MayStart(t_.key(k), t_.key_hashes[k])) continue;
      for (const Phrase& p : rule.requires_between)
        if (PhraseAt(t_, k, last_, p)) {
          const std::size_t from = k + p.size();
          if (from - pos > static_cast<std::size_t>(gap)) return -1;
          int rest = gap - static_cast<int>(from - pos);
          if (rule.max_gap_after_required >= 0) rest = std::min(rest, rule.max_gap_after_required);
          return After(from, rest, types, rule);
        }
    }
    return -1;
  }

  bool Between(std::size_t from, std::size_t to, const std::vector<Phrase>& phrases,
               const PhraseFirstWords& first) const {
    if (phrases.empty()) return true;
    for (std::size_t i = from; i < to; ++i) {
      if (!first.MayStart(t_.key(i), t_.key_hashes[i])) continue;
      for (const Phrase& p : phrases)
        if (PhraseAt(t_, i, to, p)) return true;
    }
    return false;
  }

  // A negation between the first argument and the trigger, or up to 8 tokens before the trigger
  // ("Russia denied that APT28 is linked to ...") cancels the relation.
  bool Negated(const RelationRule& rule, std::size_t from, std::size_t trigger_first, std::size_t trigger_end) const {
    std::size_t b = std::min(from, trigger_first >= 8 ? trigger_first - 8 : 0);
    b = std::max(b, first_);
    // "L'ambassade a rejeté ces accusations et a accusé la Belgique": a verb coordinated with an earlier
    // one (an "and" right before it, auxiliaries aside) is negated only after that "and".
    const std::size_t aux = BeforeAuxiliaries(trigger_first);
    if (aux > b && rules_.coordinators.contains(t_.key(aux - 1), t_.key_hashes[aux - 1])) b = aux - 1;
    for (std::size_t i = b; i < trigger_first; ++i) {
      auto candidates = rules_.negation_index.find(t_.key(i), t_.key_hashes[i]);
      if (candidates != rules_.negation_index.end())
        for (std::size_t n : candidates->second)
          if (PhraseAt(t_, i, trigger_end, rules_.negations[n])) return true;
      for (const Phrase& p : rule.negations)
        if (PhraseAt(t_, i, trigger_end, p)) return true;
    }
    return false;
  }

  // The length of a list separator of two or three words starting at token k and ending before `limit`
  // ("X ainsi que Y", "X as well as Y"), or 0.
  std::size_t MultiWordSeparator(std::size_t k, std::size_t limit) const {
    std::string words(t_.key(k));
    if (t_.tokens[k].kind != TokenKind::kWord) return 0;
    std::size_t found = 0;
    for (std::size_t n = 2; n <= 3 && k + n <= limit; ++n) {
      if (t_.tokens[k + n - 1].kind != TokenKind::kWord) break;
      words += ' ';
      words += t_.key(k + n - 1);
      if (rules_.list_separators.count(words) > 0) found = n;
    }
    return found;
  }

  // True when token k is an apostrophe glued to a word ending in "s" and followed by a space: the
  // possessive of a plural or of a name ending in "s" ("the Netherlands' NCSC", "the United States' CISA").
  bool PluralPossessive(std::size_t k) const {
    if (k == 0 || k + 1 >= t_.tokens.size() || t_.tokens[k].kind != TokenKind::kPunct) return false;
    const std::string_view key = t_.key(k);
    if (key != "'" && key != "\xE2\x80\x99") return false;
    const Token& before = t_.tokens[k - 1];
    const std::string_view word = t_.key(before);
    return before.kind == TokenKind::kWord && before.end == t_.tokens[k].begin && !word.empty() &&
           word.back() == 's' && t_.tokens[k + 1].begin > t_.tokens[k].end;
  }

  // Arguments coordinated with args_[i], walking away from the trigger (dir = -1 left, +1 right). A list
  // ends with a conjunction ("X, Y and Z"); names joined by commas alone are not one ("Believed to work
  // for North Korea, Kimsuky targeted ...", "targeted Germany, a NATO member,"), so the link next to the
  // trigger (walking left) or the last link kept (walking right) must hold a separator other than a comma.
  std::vector<int> List(int i, int dir, const std::vector<std::string>& types, const RelationRule& rule) const {
    std::vector<int> out{i};
    if (!rule.lists) return out;
    std::size_t complete = 1;  // out's prefix that ends with a link holding a conjunction
    bool comma_conjunction = false;  // the first link is ", and"
    int cur = i;
    while (true) {
      int next = cur + dir;
      if (next < 0 || next >= static_cast<int>(args_.size())) break;
      // "Dutch MP X and Lithuanian MEP Y": the demonym before a titled name is its modifier, not a member.
      if (ArgAt(next).demonym && !ArgOk(ArgAt(next), types, rule, &types == &rule.head_types)) next += dir;
      if (next < 0 || next >= static_cast<int>(args_.size())) break;
      // "X et le député MR Y": a party before the next person's name (titles aside) is its modifier, as in
      // After(); the person joins the list, the party's span counts as one of its titles.
      Arg party_led;
      const bool party = dir > 0 && ArgAt(cur).type == "PERSON" && ArgAt(next).type == "ORGANIZATION" &&
                         next + 1 < static_cast<int>(args_.size()) && ArgAt(next + 1).type == "PERSON" &&
                         OnlyTitles(ArgAt(next).end, ArgAt(next + 1).first);
      if (party) {
        party_led = ArgAt(next + 1);
        party_led.first = ArgAt(next).first;
        ++next;
      }
      const Arg& a = ArgAt(cur);
      const Arg& b = party ? party_led : ArgAt(next);
      std::size_t from = dir > 0 ? a.end : b.end, to = dir > 0 ? b.first : a.first;
      const Arg& left = dir > 0 ? a : b;
      const Arg& right = dir > 0 ? b : a;
      if (to < from) break;
      // "et le sénateur français André Gattolin": titles before the right-hand name belong to it.
      std::size_t titled = TitledFrom(from, to, dir > 0 ? a : b, dir > 0 ? b : a);
      bool has_sep = false, only_glue = true, conjunction = false, has_comma = false, possessive = false;
      std::size_t descriptors = 0;  // also the words of a separator after its first: ", as well as" is short
      for (std::size_t k = from; k < titled; ++k) {
        // A separator of several words ("ainsi que", "as well as") is a conjunction.
        if (const std::size_t n = MultiWordSeparator(k, titled); n > 0) {
          has_sep = conjunction = true;
          descriptors += n - 1;
          k += n - 1;
          continue;
        }
        // "the Netherlands' NCSC": a bare apostrophe glued to a plural ends a possessive, as "'s" does.
        if (PluralPossessive(k)) {
          has_sep = conjunction = possessive = true;
          continue;
        }
        // "China's Ministry of State Security": the possessor and what it owns both take part ("'s").
        if (rules_.list_separators.contains(t_.key(k), t_.key_hashes[k])) {
          has_sep = true;
          conjunction |= t_.key(k) != ",";
          has_comma |= t_.key(k) == "," && !possessive;  // "Russia's military intelligence agency, the GRU"
          possessive |= t_.key(k) == "'s";
        }
        // "Russia's military intelligence service GRU": what it owns may follow a description.
        else if (possessive && rules_.possessed_descriptors.contains(t_.key(k), t_.key_hashes[k])) ++descriptors;
        // "des élus belges ainsi que des ministres allemands", "Belgian lawmakers and German ministers": the
        // state noun of a demonym member.
        else if (rules_.state_nouns.contains(t_.key(k), t_.key_hashes[k]) &&
                 ((left.demonym && k == left.end) || (right.demonym && k + 1 == right.first))) {
        }
        // "in Japan and in Taiwan", "en Turquie et en Arabie saoudite": a repeated preposition is glue.
        else if (!rules_.list_glue.contains(t_.key(k), t_.key_hashes[k])) only_glue = false;
      }
      if (titled - from - descriptors > 3) break;
      if (!has_sep || !only_glue || !ArgOk(b, types, rule, &types == &rule.head_types)) break;
      if (dir < 0 && out.size() == 1 && !conjunction) break;
      if (out.size() == 1) comma_conjunction = conjunction && has_comma;
      out.push_back(next);
      if (conjunction || dir < 0) complete = out.size();
      cur = next;
    }
    out.resize(complete);
    // "The UK summoned China's ambassador, Zheng Zeguang, and the Foreign Office accused ...": ", and"
    // between two names joins clauses; a list with a serial comma has three members ("X, Y, and Z").
    if (out.size() == 2 && comma_conjunction) out.resize(1);
    return out;
  }

  // Where the titles of a person starting at `right` begin, looking back no further than `from` (the end
  // of the person `left`): "MEP" in "X and Lithuanian MEP Y", "le sénateur français" in "X et le sénateur
  // français Y". `to` when either is no person or there is no title; a title needs a separator before it.
  std::size_t TitledFrom(std::size_t from, std::size_t to, const Arg& left, const Arg& right) const {
    if (left.type != "PERSON" || right.type != "PERSON" || to != right.first) return to;
    std::size_t k = to;
    bool title = false;
    for (int words = 0; k > from && words < 4; ++words) {
      const std::size_t w = k - 1;
      const bool in_demonym = std::any_of(args_.begin(), args_.end(),
                                          [&](const Arg& x) { return x.demonym && x.first <= w && w < x.end; });
      const bool is_title = rules_.person_titles.contains(t_.key(w), t_.key_hashes[w]);
      if (!is_title && !in_demonym) break;
      title |= is_title;
      k = w;
    }
    // An article before the titles: "et le sénateur", "and the Dutch MP".
    if (title && k > from && rules_.function_words.contains(t_.key(k - 1), t_.key_hashes[k - 1]) &&
        !rules_.list_separators.contains(t_.key(k - 1), t_.key_hashes[k - 1]))
      --k;
    if (!title || k == from || !rules_.list_separators.contains(t_.key(k - 1), t_.key_hashes[k - 1])) return to;
    return k;
  }

  void ApplyAt(const RelationRule& rule, std::size_t tf, std::size_t te, std::size_t sentence,
               std::vector<FoundRelation>* out) const {
    if (rule.context_head) {
      ApplyContextHead(rule, tf, te, sentence, out);
      return;
    }
    if (rule.statement_head) {
      ApplyStatementHead(rule, tf, te, sentence, out);
      return;
    }
    if (rule.sentence_initial)
      for (std::size_t k = first_; k < tf; ++k)
        if (t_.tokens[k].kind == TokenKind::kWord || t_.tokens[k].kind == TokenKind::kNumber) return;
    int head = -1, tail = -1;
    // "a convoqué lundi l'ambassadeur", "summoned on Monday the ...": a date or adverb right after the
    // trigger (a trigger insert) does not count in the gap to the argument after it.
    const std::size_t after = SkipInsert(te);
    for (const Phrase& p : rule.blocked_after)
      if (after != te && PhraseAt(t_, after, last_, p)) return;
    std::size_t gap_from = te, gap_to = te;  // where requires_between / forbidden_between are checked
    switch (rule.order) {
      // The argument after the trigger first: the search before it costs more, and is not needed when
      // there is none (both searches only read).
      case ArgOrder::kHeadTriggerTail:
        tail = AfterRequired(after, rule.max_gap_second, rule.tail_types, rule);
        if (tail < 0) {
          // "The Council imposed sanctions on seven people": a statement with no named tail.
          if (rule.feeds_statements) NoteStatement(rule, Before(tf, rule.max_gap_first, rule.head_types, rule, true), tf, te, sentence);
          return;
        }
        head = Before(tf, rule.max_gap_first, rule.head_types, rule, true);
        gap_to = ArgAt(tail).first;
        break;
      case ArgOrder::kTailTriggerHead:
        head = AfterRequired(after, rule.max_gap_second, rule.head_types, rule);
        if (head < 0) return;
        tail = Before(tf, rule.max_gap_first, rule.tail_types, rule, true);
        gap_to = ArgAt(head).first;
        break;
      // With both arguments after the trigger, the second is looked for after the first one's list: "the
      // attacks on Lithuanian and Estonian networks by APT29" (Estonian is a target, not the attacker).
      case ArgOrder::kTriggerHeadTail:  // "attributed APT28 to Russia": "to" stands before the tail
        head = After(after, rule.max_gap_first, rule.head_types, rule);
        if (head >= 0) {
          gap_from = ArgAt(List(head, +1, rule.head_types, rule).back()).end;
          tail = AfterRequired(gap_from, rule.max_gap_second, rule.tail_types, rule);
        }
        if (head >= 0 && tail >= 0) gap_to = ArgAt(tail).first;
        break;
      case ArgOrder::kTriggerTailHead:
        tail = After(after, rule.max_gap_first, rule.tail_types, rule);
        if (tail >= 0) {
          gap_from = ArgAt(List(tail, +1, rule.tail_types, rule).back()).end;
          head = AfterRequired(gap_from, rule.max_gap_second, rule.head_types, rule);
        }
        if (tail >= 0 && head >= 0) gap_to = ArgAt(head).first;
        break;
      // With both arguments before the trigger, `requires_between` stands between them: "X, a GRU
      // officer" (an apposition) but not "X met a GRU officer".
      case ArgOrder::kHeadTailTrigger:
        tail = Before(tf, rule.max_gap_second, rule.tail_types, rule, true);
        if (tail >= 0) head = Before(ArgAt(tail).first, rule.max_gap_first, rule.head_types, rule);
        if (head >= 0) { gap_from = ArgAt(head).end; gap_to = ArgAt(tail).first; }
        break;
      case ArgOrder::kTailHeadTrigger:
        head = Before(tf, rule.max_gap_second, rule.head_types, rule, true);
        if (head >= 0) tail = Before(ArgAt(head).first, rule.max_gap_first, rule.tail_types, rule);
        if (tail >= 0) { gap_from = ArgAt(tail).end; gap_to = ArgAt(head).first; }
        break;
    }
    if (rule.feeds_statements) NoteStatement(rule, head, tf, te, sentence);
    if (head < 0 || tail < 0) return;
    if (!Between(gap_from, gap_to, rule.requires_between, rule.requires_between_first)) return;
    const bool both_before = rule.order == ArgOrder::kHeadTailTrigger || rule.order == ArgOrder::kTailHeadTrigger;
    // With both arguments before the trigger ("X said the Russian ambassador"), the words that may break
    // the link stand between the two arguments.
    if (both_before) {
      const Arg& a = ArgAt(std::min(head, tail));
      const Arg& b = ArgAt(std::max(head, tail));
      gap_from = a.end;
      gap_to = std::max<std::size_t>(a.end, b.first);
    }
    if (!rule.forbidden_between.empty() && Between(gap_from, gap_to, rule.forbidden_between, rule.forbidden_between_first))
      return;
    if (!rule.forbidden_before_trigger.empty()) {
      // The argument nearest before the trigger: the first one in the order ("tail trigger head").
      int before = -1;
      if (ArgAt(head).end <= tf) before = head;
      if (ArgAt(tail).end <= tf && (before < 0 || ArgAt(tail).end > ArgAt(before).end)) before = tail;
      if (before >= 0 &&
          Between(ArgAt(before).end, tf, rule.forbidden_before_trigger, rule.forbidden_before_trigger_first))
        return;
    }
    for (const Phrase& p : rule.blocked_after)
      if (PhraseAt(t_, te, last_, p)) return;
    if (!rule.tail_followed_by.empty()) {
      bool ok = false;
      for (const Phrase& p : rule.tail_followed_by) ok |= PhraseAt(t_, ArgAt(tail).end, last_, p);
      if (!ok) return;
    }
    std::size_t span_first = std::min<std::size_t>({tf, ArgAt(head).first, ArgAt(tail).first});
    if (Negated(rule, span_first, tf, te)) return;
    bool head_left = ArgAt(head).first < tf, tail_left = ArgAt(tail).first < tf;
    std::vector<int> heads = List(head, head_left ? -1 : +1, rule.head_types, rule);
    std::vector<int> tails = List(tail, tail_left ? -1 : +1, rule.tail_types, rule);
    // "China warned the Philippines against any provocation", "warned Russia and China over": a threat,
    // not a notification (looked for after the tail's whole list).
    if (!rule.tail_not_followed_by.empty()) {
      uint32_t tail_end = 0;
      for (int r : tails) tail_end = std::max(tail_end, ArgAt(r).end);
      for (const Phrase& p : rule.tail_not_followed_by)
        if (PhraseAt(t_, tail_end, last_, p)) return;
    }
    for (int h : heads) {
      for (int r : tails) {
        if (h == r || ArgAt(h).mention == ArgAt(r).mention) continue;
        Emit(rule, ArgAt(h).mention, ArgAt(r).mention, tf, te, sentence, out);
      }
    }
  }

  // One relation of `rule` between mentions `head` and `tail`, its trigger tokens [tf, te) as evidence.
  static void Emit(const RelationRule& rule, std::size_t head, std::size_t tail, std::size_t tf, std::size_t te,
                   std::size_t sentence, std::vector<FoundRelation>* out) {
    FoundRelation f;
    f.type = rule.relation;
    f.head = head;
    f.tail = tail;
    f.trigger_first = static_cast<uint32_t>(tf);
    f.trigger_end = static_cast<uint32_t>(te);
    f.sentence = sentence;
    f.rule = &rule;
    out->push_back(f);
  }

  // `context_head` rules: "Among the targets was X", "Parmi les victimes figure X". The tail follows the
  // trigger (after a required verb); the head is a head-type argument between the two ("Among the targets of
  // APT31 was X"), else the entity the document is about (DocumentSubject).
  void ApplyContextHead(const RelationRule& rule, std::size_t tf, std::size_t te, std::size_t sentence,
                        std::vector<FoundRelation>* out) const {
    const int tail = AfterRequired(SkipInsert(te), rule.max_gap_first, rule.tail_types, rule);
    if (tail < 0 || Negated(rule, tf, tf, te)) return;
    std::size_t head = mentions_.size();
    for (auto a = FirstArgFrom(te); head == mentions_.size() && a != args_.end() && a->end <= ArgAt(tail).first; ++a)
      if (ArgOk(*a, rule.head_types, rule, true)) head = a->mention;
    if (head == mentions_.size()) head = DocumentSubject(rule, tf);
    if (head == mentions_.size()) return;
    for (int r : List(tail, +1, rule.tail_types, rule)) {
      if (ArgAt(r).mention != head) Emit(rule, head, ArgAt(r).mention, tf, te, sentence, out);
    }
  }

  // Notes args_[head] (if any) as the head of the latest statement of the rule's relation, unless negated
  // ("The US lifted sanctions on ...").
  void NoteStatement(const RelationRule& rule, int head, std::size_t tf, std::size_t te, std::size_t sentence) const {
    if (head < 0 || statements_ == nullptr || Negated(rule, std::min<std::size_t>(ArgAt(head).first, tf), tf, te)) return;
    std::vector<std::size_t> heads;
    for (int h : List(head, ArgAt(head).first < tf ? -1 : +1, rule.head_types, rule)) heads.push_back(ArgAt(h).mention);
    for (StatementHead& s : *statements_)
      if (s.relation == rule.relation) {
        s = {rule.relation, std::move(heads), sentence};
        return;
      }
    statements_->push_back({rule.relation, std::move(heads), sentence});
  }

  // `statement_head` rules: "Among those sanctioned were X" (tail after the trigger), "The three men, X, Y
  // and Z, were designated" (tail before it). The head is the latest statement's, kStatementSentences back at
  // most; a head-type name before the trigger states the sentence's own relation, left to other rules.
  void ApplyStatementHead(const RelationRule& rule, std::size_t tf, std::size_t te, std::size_t sentence,
                          std::vector<FoundRelation>* out) const {
    if (statements_ == nullptr) return;
    const StatementHead* statement = nullptr;
    for (const StatementHead& s : *statements_)
      if (s.relation == rule.relation && s.sentence + kStatementSentences >= sentence) statement = &s;
    if (statement == nullptr) return;
    for (const Phrase& p : rule.blocked_after)
      if (PhraseAt(t_, SkipInsert(te), last_, p)) return;
    const bool after = rule.order == ArgOrder::kTriggerTailHead;
    const int tail = after ? AfterRequired(SkipInsert(te), rule.max_gap_first, rule.tail_types, rule)
                           : Before(tf, rule.max_gap_first, rule.tail_types, rule, true);
    if (tail < 0 || Negated(rule, std::min<std::size_t>(ArgAt(tail).first, tf), tf, te)) return;
    const std::vector<int> tails = List(tail, after ? +1 : -1, rule.tail_types, rule);
    for (std::size_t k = 0; k < args_.size() && args_[k].end <= tf; ++k)
      if (std::find(tails.begin(), tails.end(), static_cast<int>(k)) == tails.end() &&
          ArgOk(args_[k], rule.head_types, rule, true))
        return;
    for (std::size_t head : statement->mentions)
      for (int r : tails)
        if (ArgAt(r).mention != head) Emit(rule, head, ArgAt(r).mention, tf, te, sentence, out);
  }

  // The entity of the rule's preferred head types (else its head types) named most often before token
  // `pos`, the earliest named on a tie; its latest mention before `pos`, or mentions_.size() for none.
  // Counts go by canonical id: "APT28", "Fancy Bear" and "Forest Blizzard" are one group.
  std::size_t DocumentSubject(const RelationRule& rule, std::size_t pos) const {
    for (const std::vector<std::string>* want : {&rule.prefer_head_types, &rule.head_types}) {
      MentionTally tally;
      for (std::size_t k = 0; k < mentions_.size() && mentions_[k].end_token <= pos; ++k) {
        const Mention& x = mentions_[k];
        if (HasType(*want, x.type) && !x.demonym) tally.Add(x.canonical_id.empty() ? x.canonical : x.canonical_id, k);
      }
      if (std::size_t found = tally.LatestOfMostFrequent(mentions_.size()); found != mentions_.size()) return found;
    }
    return mentions_.size();
  }

  const TokenizedText& t_;
  const RelationRules& rules_;
  const std::vector<Arg>& args_;
  const std::vector<Mention>& mentions_;
  std::size_t first_, last_;
  StatementHeads* statements_;  // read and written across the document's sentences, in order
};

// A name a possessive does not speak of though it stands before it: the agent after "by", "par"
// (`possessive_anaphora.agent_words`: "Interrogé par l'AFP, son porte-parole" speaks of the ministry named
// before), and a name that qualifies a person, person titles aside, inside the sentence ("Among those
// targeted were Labour MP Simon Greaves and staff at X. Its director": X), not opening it, where it is the
// subject ("NSM director X said her agency had alerted ...").
bool PassedOverByPossessive(const TokenizedText& text, const std::vector<Mention>& mentions, std::size_t k,
                            std::size_t sentence_first, const RelationRules& rules) {
  const Mention& x = mentions[k];
  std::size_t before = x.first_token;
  if (before > 0 && rules.function_words.contains(text.key(before - 1), text.key_hashes[before - 1]) &&
      !rules.list_separators.contains(text.key(before - 1), text.key_hashes[before - 1]))
    --before;  // an article: "par l'AFP", "by the Guardian"
  if (before > 0 && rules.possessive_agent_words.contains(text.key(before - 1), text.key_hashes[before - 1]))
    return true;
  if (before <= sentence_first || k + 1 >= mentions.size() || mentions[k + 1].type != "PERSON") return false;
  const std::size_t to = mentions[k + 1].first_token;
  if (to < x.end_token || to - x.end_token > 3) return false;
  for (std::size_t w = x.end_token; w < to; ++w)
    if (!rules.person_titles.contains(text.key(w), text.key_hashes[w])) return false;
  return true;
}

bool HoldsWord(const TokenizedText& text, const Mention& x, std::string_view key) {
  for (uint32_t w = x.first_token; w < x.end_token; ++w)
    if (text.key(w) == key) return true;
  return false;
}

// "The Foreign Ministry said ... Ministry spokesman X", "Le Département fédéral des affaires étrangères
// (DFAE) ... Le chef du département, X": a noun of `named_anaphora` outside every name stands for the
// latest agency or organization whose name holds it, within the anaphora window; "la commission des
// finances" (a noun before "of", "de") names another body, and "the ministry's Hainan bureau" the bureau.
void AddNamedAnaphora(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                      const std::vector<Mention>& mentions, const RelationRules& rules, std::size_t s,
                      std::size_t m_end, const std::vector<char>& covered, std::vector<Arg>* args) {
  if (rules.named_anaphora.empty()) return;
  const SentenceRange& range = sentences[s];
  const std::size_t window = WindowStart(sentences, s, kAnaphoraSentences);
  for (std::size_t p = range.first; p < range.last; ++p) {
    if (covered[p - range.first] || !rules.named_anaphora.contains(text.key(p), text.key_hashes[p])) continue;
    if (p + 1 < range.last) {
      const std::string_view next = text.key(p + 1);
      if (next == "of" || next == "de" || next == "des" || next == "du" || next == "d'") continue;
      // "the ministry's Hainan State Security Department": the name it owns is the argument.
      if (next == "'s" && p + 2 < range.last && covered[p + 2 - range.first]) continue;
    }
    for (std::size_t k = m_end; k-- > 0;) {
      const Mention& x = mentions[k];
      if (x.end_token > p) continue;
      if (x.first_token < window) break;
      if (!HasType(rules.possessive_types, x.type)) continue;
      if (!HoldsWord(text, x, text.key(p))) continue;
      // In an earlier sentence, its first such name, the subject, as for other anaphors of these types;
      // in lower case, two different names holding the noun there leave it undecided ("The Ministry of
      // Justice opened a case and the Foreign Ministry protested. APT31 is linked to the ministry").
      std::size_t found = k;
      bool ambiguous = false;
      if (x.first_token < range.first) {
        const std::size_t earlier = SentenceOf(sentences, s, x.first_token);
        for (std::size_t j = k; j-- > 0 && mentions[j].first_token >= sentences[earlier].first;)
          if (HasType(rules.possessive_types, mentions[j].type) && HoldsWord(text, mentions[j], text.key(p))) {
            ambiguous |= mentions[j].canonical_id != x.canonical_id;
            found = j;
          }
      }
      if (ambiguous && !text.tokens[p].has(kCapitalized)) break;
      args->push_back(Arg{static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1), found, mentions[found].type, false});
      break;
    }
  }
}

// A possessive at `p` after a typed noun ("the firm ... its"): the latest mention of the noun's type
// within the anaphora window (-1 when there is none), or kNoTypedNoun when no such noun stands between
// the last name before the possessive and it.
constexpr int kNoTypedNoun = -2;
int TypedPossessive(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                    const std::vector<Mention>& mentions, const RelationRules& rules, std::size_t s, std::size_t p,
                    const std::vector<char>& covered) {
  if (rules.possessive_noun_types.empty()) return kNoTypedNoun;
  const SentenceRange& range = sentences[s];
  const std::string* type = nullptr;
  for (std::size_t k = p; k-- > range.first && !covered[k - range.first] && type == nullptr;) {
    auto found = rules.possessive_noun_types.find(text.key(k), text.key_hashes[k]);
    if (found != rules.possessive_noun_types.end()) type = &found->second;
  }
  if (type == nullptr) return kNoTypedNoun;
  const std::size_t window = WindowStart(sentences, s, kAnaphoraSentences);
  for (std::size_t k = mentions.size(); k-- > 0;) {
    if (mentions[k].end_token > p) continue;
    if (mentions[k].first_token < window) break;
    if (mentions[k].type == *type) return static_cast<int>(k);
  }
  return -1;
}

// "L'ANSSI a publié un rapport. Son directeur général, Vincent Strubel, ...": a possessive before a title
// noun ("its executive director") stands for the organization the text is about: the first one of an
// allowed type in the nearest sentence that has one (this sentence before the possessive, then up to
// kAnaphoraSentences back). The first, not the latest: "Europol coordinated the takedown with the FBI.
// Its executive director" speaks of the subject; names PassedOverByPossessive are not taken in this
// sentence and only when nothing else is in an earlier one. `m` is the first mention of sentence `s`.
void AddPossessives(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                    const std::vector<Mention>& mentions, const RelationRules& rules, std::size_t s, std::size_t m,
                    const std::vector<char>& covered, std::vector<Arg>* args) {
  if (rules.possessives.empty()) return;
  const SentenceRange& range = sentences[s];
  auto allowed = [&](const Mention& x) { return HasType(rules.possessive_types, x.type); };
  for (std::size_t p = range.first; p + 1 < range.last; ++p) {
    if (covered[p - range.first] || !rules.possessives.contains(text.key(p), text.key_hashes[p])) continue;
    bool title = false;
    for (std::size_t k = p + 1; k < std::min<std::size_t>(p + 3, range.last); ++k) {
      title |= rules.possessive_nouns.contains(text.key(k), text.key_hashes[k]);
      // A hyphenated noun is three tokens, listed as "porte - parole".
      if (k + 2 < range.last && text.tokens[k + 1].has(kGluedHyphen))
        title |= rules.possessive_nouns.contains(
            std::string(text.key(k)).append(" - ").append(text.key(k + 2)));
    }
    if (!title) continue;
    // "added the company and its chief executive, X": after "and" a possessive speaks of the common noun
    // before it, which names no entity.
    if (p >= range.first + 2 && rules.coordinators.contains(text.key(p - 1), text.key_hashes[p - 1]) &&
        !covered[p - 2 - range.first] && text.tokens[p - 2].kind == TokenKind::kWord &&
        !text.tokens[p - 2].has(kCapitalized))
      continue;
    // "Designated alongside the firm were its managing director, X": a noun of `possessive_noun_types`
    // since the last name before the possessive says what it speaks of, the latest entity of that type.
    if (const int typed = TypedPossessive(text, sentences, mentions, rules, s, p, covered); typed != kNoTypedNoun) {
      if (typed >= 0)
        args->push_back(Arg{static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1), static_cast<std::size_t>(typed),
                            mentions[static_cast<std::size_t>(typed)].type, false});
      continue;
    }
    int antecedent = -1;
    for (std::size_t k = m; k < mentions.size() && mentions[k].end_token <= p && antecedent < 0; ++k)
      if (allowed(mentions[k]) && !PassedOverByPossessive(text, mentions, k, range.first, rules)) antecedent = static_cast<int>(k);
    // Earlier sentences: walk their mentions (which all precede `m`) back, keeping each sentence's first
    // that is not passed over, else its first.
    std::size_t end = m;  // mentions before this one belong to sentences before `back`
    for (std::size_t back = 1; antecedent < 0 && back <= kAnaphoraSentences && back <= s; ++back) {
      const SentenceRange& earlier = sentences[s - back];
      int first = -1;
      for (; end > 0 && mentions[end - 1].first_token >= earlier.first; --end) {
        if (!allowed(mentions[end - 1])) continue;
        first = static_cast<int>(end - 1);
        if (!PassedOverByPossessive(text, mentions, end - 1, earlier.first, rules)) antecedent = first;
      }
      if (antecedent < 0) antecedent = first;
    }
    if (antecedent < 0) continue;
    args->push_back(Arg{static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1), static_cast<std::size_t>(antecedent),
                        mentions[static_cast<std::size_t>(antecedent)].type, false});
  }
}

}  // namespace

std::vector<FoundRelation> ExtractRelations(const TokenizedText& text, const std::vector<SentenceRange>& sentences,
                                            const std::vector<Mention>& mentions, const RelationRules& rules,
                                            const std::string& lang, std::size_t max_sentence_tokens,
                                            std::size_t* skipped) {
  std::vector<FoundRelation> out;
  std::size_t m = 0;
  std::vector<Arg> args;      // per sentence; kept across sentences for their buffers
  std::vector<char> covered;  // per sentence token: inside a mention (chars read faster than bits)
  StatementHeads statements;  // the latest statement of each relation, for `statement_head` rules
  std::vector<PronounRef> pronouns;  // per sentence
  struct ResolvedAnaphor {
    std::size_t position;  // its first token
    std::size_t type_index;
    std::string_view noun;  // its last word's key
    std::size_t antecedent;
  };
  std::vector<ResolvedAnaphor> resolved;  // in text order
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const SentenceRange& range = sentences[s];
    args.clear();
    while (m < mentions.size() && mentions[m].first_token < range.first) ++m;
    std::size_t m_end = m;
    while (m_end < mentions.size() && mentions[m_end].end_token <= range.last) ++m_end;
    // Bounded work: a sentence longer than the limit gets no relations (and no anaphora scan).
    if (range.last - range.first > max_sentence_tokens) {
      if (m_end - m >= 2) ++*skipped;
      m = m_end;
      continue;
    }
    covered.assign(range.last - range.first, 0);
    for (std::size_t k = m; k < m_end; ++k) {
      const Mention& x = mentions[k];
      args.push_back(Arg{x.first_token, x.end_token, k, x.type, x.demonym});
      for (uint32_t t = x.first_token; t < x.end_token; ++t) covered[t - range.first] = 1;
    }
    // Anaphors: phrases standing for the latest entity of a type in this or the kAnaphoraSentences before.
    for (std::size_t p = range.first; p < range.last; ++p) {
      if (covered[p - range.first]) continue;
      auto candidates = rules.anaphora_index.find(text.key(p), text.key_hashes[p]);
      if (candidates == rules.anaphora_index.end()) continue;
      std::size_t done_type = rules.anaphora.size();  // the anaphora type already resolved at p
      for (auto [type_index, phrase_index] : candidates->second) {
        if (type_index == done_type) continue;
        std::string_view type = rules.anaphora.begin()[type_index].first;
        const Phrase& ph = rules.anaphora.begin()[type_index].second[phrase_index];
        {
          if (!PhraseAt(text, p, range.last, ph)) continue;
          // "the Center for Cybersecurity Belgium" is a name, not the anaphor "the center" before a word of it.
          if (std::any_of(covered.begin() + static_cast<long>(p - range.first),
                          covered.begin() + static_cast<long>(p - range.first + ph.size()), [](bool c) { return c; }))
            continue;
          // Walk back from the last mention that ends before the anaphor (mentions are sorted and
          // never overlap), no further than kAnaphoraSentences back.
          int antecedent = -1;
          std::size_t k = static_cast<std::size_t>(
              std::upper_bound(mentions.begin(), mentions.begin() + static_cast<long>(m_end), p,
                               [](std::size_t pos, const Mention& x) { return pos < x.end_token; }) -
              mentions.begin());
          // "the same group" points back to the one the article spoke of, however long ago.
          const bool whole_document = std::any_of(ph.begin(), ph.end(), [&](const std::string& w) {
            return rules.document_anaphora_words.contains(w);
          });
          const std::size_t window =
              whole_document ? 0 : WindowStart(sentences, s, kAnaphoraSentences);
          const std::size_t before_anaphor = k;
          while (k-- > 0) {
            if (mentions[k].first_token < window) break;
            if (mentions[k].type == type) { antecedent = static_cast<int>(k); break; }
          }
          // "the centre's head" speaks of the Canadian Centre for Cyber Security even when another agency
          // was named since: an anaphor whose noun is a word of an earlier name in the window means that name.
          // A capitalized noun ("Le Centre a averti ...") is the name's short form and reaches further back.
          const bool short_form = text.tokens[p + ph.size() - 1].has(kCapitalized);
          const std::size_t named_window =
              short_form ? WindowStart(sentences, s, kShortFormSentences) : window;
          if (antecedent < 0 && !short_form) continue;
          bool by_noun = false, ambiguous = false;
          const auto holds_noun = [&](std::size_t j) {
            return mentions[j].type == type && HoldsWord(text, mentions[j], ph.back());
          };
          for (std::size_t j = antecedent >= 0 ? static_cast<std::size_t>(antecedent) + 1 : before_anaphor; j-- > 0;) {
            if (mentions[j].first_token < named_window) break;
            if (!holds_noun(j)) continue;
            antecedent = static_cast<int>(j);
            by_noun = true;
            // "China's Ministry of State Security ... the Foreign Ministry. ... the ministry's": two names
            // holding the noun in one sentence leave a lower-case anaphor undecided; it stands for neither.
            const std::size_t from = SentenceOf(sentences, s, mentions[j].first_token);
            for (std::size_t i = j; !short_form && i-- > 0 && mentions[i].first_token >= sentences[from].first;)
              ambiguous |= holds_noun(i) && mentions[i].canonical_id != mentions[j].canonical_id;
            break;
          }
          if (ambiguous) continue;
          // "Selon le centre, ... The FBI agreed ... le centre a averti": the same anaphor said again in the
          // window keeps the antecedent the earlier one had, however far back that was named.
          for (auto earlier = resolved.rbegin(); !by_noun && earlier != resolved.rend(); ++earlier) {
            if (earlier->position < window) break;
            if (earlier->type_index != type_index || earlier->noun != ph.back()) continue;
            antecedent = static_cast<int>(earlier->antecedent);
            by_noun = true;
          }
          if (antecedent < 0) continue;
          // "The agency" in a later sentence speaks of the earlier sentence's subject, its first entity of
          // the type, not of one named in an apposition after it ("Le NCSC, rattaché au GCHQ, a publié ...
          // l'agence avait prévenu": the NCSC), as possessives do for the same types. "The group" keeps
          // the latest group: reports name several and go on about the last.
          const std::size_t found = static_cast<std::size_t>(antecedent);
          if (!by_noun && HasType(rules.possessive_types, type) && mentions[found].first_token < range.first) {
            const std::size_t earlier = SentenceOf(sentences, s, mentions[found].first_token);
            for (std::size_t j = found; j-- > 0 && mentions[j].first_token >= sentences[earlier].first;)
              if (mentions[j].type == type) antecedent = static_cast<int>(j);
          }
          args.push_back(Arg{static_cast<uint32_t>(p), static_cast<uint32_t>(p + ph.size()),
                             static_cast<std::size_t>(antecedent), mentions[static_cast<std::size_t>(antecedent)].type,
                             false});
          resolved.push_back(ResolvedAnaphor{p, type_index, ph.back(), static_cast<std::size_t>(antecedent)});
          done_type = type_index;
        }
      }
    }
    AddNamedAnaphora(text, sentences, mentions, rules, s, m_end, covered, &args);
    AddPossessives(text, sentences, mentions, rules, s, m, covered, &args);
    pronouns.clear();
    FindPronouns(text, sentences, mentions, rules, s, m_end, covered, &pronouns);
    for (const PronounRef& ref : pronouns)
      args.push_back(Arg{ref.token, ref.token + 1, ref.mention, mentions[ref.mention].type, false});
    std::sort(args.begin(), args.end(), [](const Arg& a, const Arg& b) { return a.first < b.first; });
    // A `context_head` or `statement_head` rule takes its head from earlier sentences: one argument here may do.
    if (args.size() < (rules.any_context_head ? 1u : 2u)) { m = m_end; continue; }
    SentenceRelations sr(text, rules, args, mentions, range.first, range.last, &statements);
    sr.Apply(lang, s, &out);
    m = m_end;
  }
  // One relation per (type, head, tail): keep the first (earliest evidence).
  // Never an entity with itself ("et a accusé les services belges" after "la Belgique": two mentions, one country).
  std::set<std::tuple<std::string_view, std::size_t, std::size_t>> seen;
  std::vector<FoundRelation> unique;
  for (FoundRelation& f : out) {
    const Mention& h = mentions[f.head];
    const Mention& t = mentions[f.tail];
    if (!h.canonical_id.empty() && h.canonical_id == t.canonical_id) continue;
    if (seen.emplace(f.type, f.head, f.tail).second) unique.push_back(f);
  }
  return unique;
}

}  // namespace gazette
