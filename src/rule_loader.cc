// Loading rule files. A rule file is one JSON object whose keys name rule kinds; unknown keys are
// errors (a typo must not silently disable a rule). nlohmann-json's parse errors carry a byte offset,
// turned here into line:column; semantic errors point at the rule's "id" in the source text.
#include <re2/re2.h>

#include <algorithm>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "rules.h"
#include "tokenize.h"

namespace gazette {
namespace {

// ordered_json keeps the file's key order, so errors come out in file order.
using json = nlohmann::ordered_json;

void LineColumn(const std::string& content, std::size_t byte, int* line, int* column) {
  *line = 1;
  *column = 1;
  for (std::size_t i = 0; i < byte && i < content.size(); ++i) {
    if (content[i] == '\n') { ++*line; *column = 1; }
    else ++*column;
  }
}

class RuleFileLoader {
 public:
  RuleFileLoader(const std::string& content, const std::string& file, EntityRules* entity, RelationRules* relation,
                 std::vector<Error>* errors)
      : content_(content), file_(file), entity_(entity), relation_(relation), errors_(errors) {}

  void Load() {
    json doc;
    try {
      doc = json::parse(content_);
    } catch (const json::parse_error& e) {
      int line, column;
      LineColumn(content_, e.byte == 0 ? 0 : e.byte - 1, &line, &column);
      std::string what = e.what();
      std::size_t p = what.find("parse error");
      errors_->push_back(Error{ErrorCode::kJsonSyntax, file_, line, column, p == std::string::npos ? what : what.substr(p)});
      return;
    }
    if (!doc.is_object()) {
      Report(ErrorCode::kBadRule, "", "a rule file must hold one JSON object");
      return;
    }
    for (auto& [key, value] : doc.items()) {
      if (key == "comment" || key == "description") continue;
      if (key == "patterns") ForEachRule(value, key, [&](const json& r, const std::string& id) { Pattern(r, id); });
      else if (key == "cue_rules") ForEachRule(value, key, [&](const json& r, const std::string& id) { Cue(r, id); });
      else if (key == "head_rules") ForEachRule(value, key, [&](const json& r, const std::string& id) { Head(r, id); });
      else if (key == "person_name_rules") ForEachRule(value, key, [&](const json& r, const std::string& id) { PersonName(r, id); });
      else if (key == "relations") ForEachRule(value, key, [&](const json& r, const std::string& id) { Relation(r, id); });
      else if (key == "particles") Words(value, key, &entity_->particles);
      else if (key == "family_name_first") Words(value, key, &entity_->family_name_first);
      else if (key == "company_generic_words") Words(value, key, &entity_->company_generic_words);
      else if (key == "connectors") Words(value, key, &entity_->connectors);
      else if (key == "non_name_words") Words(value, key, &entity_->non_name_words);
      else if (key == "language_cues") Words(value, key, &entity_->language_cues);
      else if (key == "country_columns") Words(value, key, &entity_->country_columns);
      else if (key == "person_titles") PersonTitles(value, key, &entity_->person_titles);
      else if (key == "speaking_words") Words(value, key, &entity_->speaking_words);
      else if (key == "stance_prefixes") Words(value, key, &entity_->stance_prefixes);
      else if (key == "company_suffixes") Phrases(value, key, "", &entity_->company_suffixes);
      else if (key == "affiliation_words") AffiliationWords(value);
      else if (key == "auxiliaries") Words(value, key, &relation_->auxiliaries);
      else if (key == "function_words") Words(value, key, &relation_->function_words);
      else if (key == "relative_pronouns") Words(value, key, &relation_->relative_pronouns);
      else if (key == "inclusion_words") Words(value, key, &relation_->inclusion_words);
      else if (key == "list_separators") Words(value, key, &relation_->list_separators);
      else if (key == "list_glue") Words(value, key, &relation_->list_glue);
      else if (key == "possessed_descriptors") Words(value, key, &relation_->possessed_descriptors);
      else if (key == "coordinators") Words(value, key, &relation_->coordinators);
      else if (key == "clause_openers") Words(value, key, &relation_->clause_openers);
      else if (key == "title_modifiers") PersonTitles(value, key, &entity_->title_modifiers);
      else if (key == "context_dependent_group_names") Words(value, key, &entity_->context_dependent_group_names);
      else if (key == "threat_context_stems") Stems(value, key);
      else if (key == "state_nouns") Words(value, key, &relation_->state_nouns);
      else if (key == "envoy_nouns") Words(value, key, &relation_->envoy_nouns);
      else if (key == "envoy_links") Words(value, key, &relation_->envoy_links);
      else if (key == "negations") Phrases(value, key, "", &relation_->negations);
      else if (key == "trigger_inserts") Phrases(value, key, "", &relation_->trigger_inserts);
      else if (key == "acronym_heads") AcronymHeads(value);
      else if (key == "anaphora") Anaphora(value);
      else if (key == "document_anaphora_words") Words(value, key, &relation_->document_anaphora_words);
      else if (key == "possessive_anaphora") PossessiveAnaphora(value);
      else if (key == "pronouns") Pronouns(value);
      else if (key == "named_anaphora") Words(value, key, &relation_->named_anaphora);
      else
        Report(ErrorCode::kBadRule, "\"" + key + "\"",
               "unknown key \"" + key +
                   "\" (known: patterns, cue_rules, head_rules, person_name_rules, relations, particles, connectors, non_name_words, "
                   "language_cues, country_columns, person_titles, title_modifiers, speaking_words, stance_prefixes, company_suffixes, "
                   "affiliation_words, "
                   "context_dependent_group_names, threat_context_stems, state_nouns, envoy_nouns, envoy_links, "
                   "auxiliaries, function_words, relative_pronouns, inclusion_words, list_separators, list_glue, possessed_descriptors, "
                   "coordinators, clause_openers, "
                   "negations, trigger_inserts, acronym_heads, anaphora, document_anaphora_words, "
                   "possessive_anaphora, named_anaphora, pronouns)");
    }
  }

 private:
  // Points at the first occurrence of `needle` in the file (or line 1).
  void Report(ErrorCode code, const std::string& needle, const std::string& message) {
    int line = 1, column = 1;
    std::size_t at = needle.empty() ? std::string::npos : content_.find(needle);
    if (at != std::string::npos) LineColumn(content_, at, &line, &column);
    errors_->push_back(Error{code, file_, line, column, message});
  }
  void RuleError(const std::string& id, const std::string& message, ErrorCode code = ErrorCode::kBadRule) {
    Report(code, "\"" + id + "\"", "rule \"" + id + "\": " + message);
  }

  template <typename F>
  void ForEachRule(const json& value, const std::string& key, F f) {
    if (!value.is_array()) { Report(ErrorCode::kBadRule, "\"" + key + "\"", "\"" + key + "\" must be an array of rules"); return; }
    for (const json& r : value) {
      if (!r.is_object() || !r.contains("id") || !r["id"].is_string() || r["id"].get<std::string>().empty()) {
        Report(ErrorCode::kBadRule, "\"" + key + "\"", "every rule in \"" + key + "\" needs a non-empty string \"id\"");
        continue;
      }
      std::string id = r["id"].get<std::string>();
      if (!entity_->rule_ids.insert(id).second) {
        RuleError(id, "duplicate rule id (rule ids are unique across all rule files; output cites them)");
        continue;
      }
      f(r, id);
    }
  }

  // Optional typed fields: a value of the wrong JSON kind is an error naming the rule and field.
  bool Int(const json& r, const std::string& id, const char* field, int* out) {
    if (!r.contains(field)) return true;
    if (!r[field].is_number_integer()) { RuleError(id, std::string("field \"") + field + "\" must be an integer"); return false; }
    *out = r[field].get<int>();
    return true;
  }
  bool Bool(const json& r, const std::string& id, const char* field, bool* out) {
    if (!r.contains(field)) return true;
    if (!r[field].is_boolean()) { RuleError(id, std::string("field \"") + field + "\" must be true or false"); return false; }
    *out = r[field].get<bool>();
    return true;
  }
  bool Number(const json& r, const std::string& id, const char* field, double* out) {
    if (!r.contains(field)) return true;
    if (!r[field].is_number()) { RuleError(id, std::string("field \"") + field + "\" must be a number"); return false; }
    *out = r[field].get<double>();
    return true;
  }

  bool String(const json& r, const std::string& id, const char* field, std::string* out, bool required) {
    if (!r.contains(field)) {
      if (required) RuleError(id, std::string("missing string field \"") + field + "\"");
      return !required;
    }
    if (!r[field].is_string()) { RuleError(id, std::string("field \"") + field + "\" must be a string"); return false; }
    *out = r[field].get<std::string>();
    return true;
  }

  bool Type(const json& r, const std::string& id, const char* field, std::string* out) {
    if (!String(r, id, field, out, true)) return false;
    for (char c : *out)
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        RuleError(id, "unknown entity type \"" + *out + "\" (known: GROUP, AGENCY, ORGANIZATION, PERSON, COUNTRY, LOCATION, MALWARE, or a user type in capitals)", ErrorCode::kUnknownType);
        return false;
      }
    return !out->empty();
  }

  bool Types(const json& r, const std::string& id, const char* field, std::vector<std::string>* out) {
    if (!r.contains(field) || !r[field].is_array() || r[field].empty()) {
      RuleError(id, std::string("field \"") + field + "\" must be a non-empty array of entity types");
      return false;
    }
    for (const json& t : r[field]) {
      if (!t.is_string()) { RuleError(id, std::string("field \"") + field + "\" holds a non-string"); return false; }
      out->push_back(t.get<std::string>());
    }
    return true;
  }

  bool PhraseList(const json& r, const std::string& id, const char* field, std::vector<Phrase>* out, bool required) {
    if (!r.contains(field)) {
      if (required) RuleError(id, std::string("missing array field \"") + field + "\"");
      return !required;
    }
    if (!r[field].is_array()) { RuleError(id, std::string("field \"") + field + "\" must be an array of strings"); return false; }
    for (const json& p : r[field]) {
      if (!p.is_string()) { RuleError(id, std::string("field \"") + field + "\" holds a non-string"); return false; }
      Phrase ph = MakePhrase(p.get<std::string>());
      if (ph.empty()) { RuleError(id, "empty phrase in \"" + std::string(field) + "\""); return false; }
      out->push_back(std::move(ph));
    }
    return true;
  }

  // An optional rule field of single words ("cue_followers", "articles") into `out`; false, reported, when
  // it is malformed or holds a phrase of several words.
  bool SingleWords(const json& r, const std::string& id, const char* field, StringSet* out) {
    std::vector<Phrase> words;
    if (!PhraseList(r, id, field, &words, false)) return false;
    for (Phrase& w : words) {
      if (w.size() != 1) { RuleError(id, std::string("\"") + field + "\" must hold single words"); return false; }
      out->insert(std::move(w[0]));
    }
    return true;
  }

  void Words(const json& value, const std::string& key, StringSet* out) {
    if (!value.is_array()) { Report(ErrorCode::kBadRule, "\"" + key + "\"", "\"" + key + "\" must be an array of strings"); return; }
    for (const json& w : value) {
      if (!w.is_string()) { Report(ErrorCode::kBadRule, "\"" + key + "\"", "\"" + key + "\" holds a non-string"); continue; }
      Phrase p = MakePhrase(w.get<std::string>());
      std::string joined;
      for (const std::string& k : p) joined += (joined.empty() ? "" : " ") + k;
      if (!joined.empty()) out->insert(joined);
    }
  }

  void Phrases(const json& value, const std::string& key, const std::string& id, std::vector<Phrase>* out) {
    json wrapper = {{key, value}};
    PhraseList(wrapper, id.empty() ? key : id, key.c_str(), out, true);
  }

  // One list serves the entity guard ("Russian-linked" is no mention) and the relation engine ("a
  // China-nexus actor": China is no attacker), so the two can never drift apart.
  void AffiliationWords(const json& value) {
    StringSet words;
    Words(value, "affiliation_words", &words);
    for (const std::string& w : words) {
      entity_->affiliation_words.insert(w);
      relation_->affiliation_words.insert(w);
    }
  }

  // Titles and their modifiers serve the entity rules (never inside a PERSON span) and the relation engine
  // (a titled name still continues a list: "X and Lithuanian MEP Y"), so the two can never drift apart.
  void PersonTitles(const json& value, const std::string& key, StringSet* entity_words) {
    StringSet words;
    Words(value, key, &words);
    for (const std::string& w : words) {
      entity_words->insert(w);
      relation_->person_titles.insert(w);
    }
  }

  // Word beginnings ("cyber" for cyberattack, cybersécurité), folded like every rule word.
  void Stems(const json& value, const std::string& key) {
    StringSet stems;
    Words(value, key, &stems);
    for (const std::string& w : stems) entity_->threat_context_stems.push_back(w);
    std::sort(entity_->threat_context_stems.begin(), entity_->threat_context_stems.end());
  }

  void AcronymHeads(const json& value) {
    if (!value.is_object()) { Report(ErrorCode::kBadRule, "\"acronym_heads\"", "\"acronym_heads\" must map types to word arrays"); return; }
    for (auto& [type, words] : value.items()) {
      StringSet set;
      Words(words, "acronym_heads", &set);
      for (const std::string& w : set) entity_->acronym_head_types[w] = type;
    }
  }

  void Anaphora(const json& value) {
    if (!value.is_object()) { Report(ErrorCode::kBadRule, "\"anaphora\"", "\"anaphora\" must map types to phrase arrays"); return; }
    for (auto& [type, phrases] : value.items()) Phrases(phrases, "anaphora", "", &relation_->anaphora[type]);
  }

  void PossessiveAnaphora(const json& value) {
    if (!value.is_object() || !value.contains("words") || !value.contains("nouns")) {
      Report(ErrorCode::kBadRule, "\"possessive_anaphora\"",
             "\"possessive_anaphora\" must be an object with \"types\", \"words\" and \"nouns\"");
      return;
    }
    if (!Types(value, "possessive_anaphora", "types", &relation_->possessive_types)) return;
    Words(value["words"], "possessive_anaphora", &relation_->possessives);
    Words(value["nouns"], "possessive_anaphora", &relation_->possessive_nouns);
    if (value.contains("agent_words")) Words(value["agent_words"], "possessive_anaphora", &relation_->possessive_agent_words);
    if (value.contains("noun_types")) {
      const json& types = value["noun_types"];
      if (!types.is_object()) {
        Report(ErrorCode::kBadRule, "\"noun_types\"", "\"possessive_anaphora.noun_types\" must map types to word arrays");
        return;
      }
      for (auto& [type, words] : types.items()) {
        StringSet nouns;
        Words(words, "possessive_anaphora.noun_types", &nouns);
        for (const std::string& noun : nouns) relation_->possessive_noun_types.emplace(noun, type);
      }
    }
  }

  void Pronouns(const json& value) {
    if (!value.is_object() || !value.contains("words")) {
      Report(ErrorCode::kBadRule, "\"pronouns\"",
             "\"pronouns\" must be an object with \"type\", \"words\" and optional \"speaker_words\", \"object_words\"");
      return;
    }
    if (!Type(value, "pronouns", "type", &relation_->pronoun_type)) return;
    Words(value["words"], "pronouns", &relation_->pronoun_words);
    if (value.contains("speaker_words")) Words(value["speaker_words"], "pronouns", &relation_->speaker_pronouns);
    if (value.contains("object_words")) Phrases(value["object_words"], "pronouns", "", &relation_->object_pronouns);
  }

  void Pattern(const json& r, const std::string& id) {
    PatternRule p;
    p.id = id;
    p.source = "rule:" + id;
    std::string regex;
    bool case_sensitive = true;
    if (!Bool(r, id, "case_sensitive", &case_sensitive) || !Type(r, id, "type", &p.type) || !String(r, id, "regex", &regex, true) ||
        !String(r, id, "canonical", &p.canonical, false))
      return;
    RE2::Options options;
    options.set_case_sensitive(case_sensitive);
    options.set_log_errors(false);
    options.set_max_mem(8 << 20);  // per-rule budget: hostile patterns fail to compile, not exhaust memory
    auto re = std::make_shared<re2::RE2>(regex, options);
    if (!re->ok()) {
      RuleError(id, "bad RE2 pattern: " + re->error() + " (at \"" + re->error_arg() + "\")", ErrorCode::kBadPattern);
      return;
    }
    std::string rewrite_error;
    if (!p.canonical.empty() && !re->CheckRewriteString(p.canonical, &rewrite_error)) {
      RuleError(id, "bad canonical rewrite \"" + p.canonical + "\": " + rewrite_error, ErrorCode::kBadPattern);
      return;
    }
    p.regex = std::move(re);
    entity_->patterns.push_back(std::move(p));
  }

  void Cue(const json& r, const std::string& id) {
    CueRule c;
    c.id = id;
    c.source = "rule:" + id;
    std::string where = "after";
    if (!Type(r, id, "type", &c.type) || !String(r, id, "name", &where, false) || !PhraseList(r, id, "cues", &c.cues, true) ||
        !PhraseList(r, id, "context_before", &c.context_before, false) || !PhraseList(r, id, "not_after", &c.not_after, false))
      return;
    if (where != "after" && where != "before") { RuleError(id, "\"name\" must be \"after\" or \"before\" (the cue)"); return; }
    c.after = where == "after";
    if (!Int(r, id, "max_words", &c.max_words) || !Int(r, id, "min_words", &c.min_words) ||
        !Int(r, id, "context_window", &c.context_window) || !Int(r, id, "cue_modifiers", &c.cue_modifiers) ||
        !Bool(r, id, "name_may_be_known", &c.name_may_be_known) ||
        !Bool(r, id, "allow_common_words", &c.allow_common_words) || !Bool(r, id, "lowercase_cue", &c.lowercase_cue) ||
        !Bool(r, id, "lists", &c.lists) || !Bool(r, id, "skip_affiliation", &c.skip_affiliation) ||
        !Bool(r, id, "skip_modifiers", &c.skip_modifiers) || !Bool(r, id, "after_complement", &c.after_complement) ||
        !Bool(r, id, "line_start", &c.line_start) || !Bool(r, id, "skip_place", &c.skip_place) ||
        (r.contains("retype_known") && !Types(r, id, "retype_known", &c.retype_known)))
      return;
    if (c.context_window < 1 || c.context_window > 32) { RuleError(id, "\"context_window\" must be between 1 and 32 (tokens)"); return; }
    if (c.cue_modifiers < 0 || c.cue_modifiers > 4) { RuleError(id, "\"cue_modifiers\" must be between 0 and 4"); return; }
    if ((c.cue_modifiers > 0 || r.contains("cue_followers")) && c.after) {
      RuleError(id, "\"cue_modifiers\" and \"cue_followers\" need \"name\": \"before\"");
      return;
    }
    if (!SingleWords(r, id, "cue_followers", &c.cue_followers)) return;
    if (r.contains("name_not_ending_with")) {
      if (!r["name_not_ending_with"].is_array()) { RuleError(id, "field \"name_not_ending_with\" must be an array of words"); return; }
      for (const json& w : r["name_not_ending_with"]) {
        if (!w.is_string()) { RuleError(id, "field \"name_not_ending_with\" must be an array of words"); return; }
        Phrase p = MakePhrase(w.get<std::string>());
        if (p.size() != 1) { RuleError(id, "\"name_not_ending_with\" holds \"" + w.get<std::string>() + "\", not one word"); return; }
        c.name_not_ending_with.insert(p[0]);
      }
    }
    entity_->cue_rules.push_back(std::move(c));
  }

  void Head(const json& r, const std::string& id) {
    HeadWordRule h;
    h.id = id;
    h.source = "rule:" + id;
    if (!Type(r, id, "type", &h.type) || !PhraseList(r, id, "heads", &h.heads, true)) return;
    if (!Bool(r, id, "head_first", &h.head_first) || !Int(r, id, "max_words", &h.max_words) ||
        !Bool(r, id, "place_name", &h.place_name) || !Bool(r, id, "names_with_and", &h.names_with_and) ||
        !Bool(r, id, "head_ends_name", &h.head_ends_name) || !Bool(r, id, "country_name", &h.country_name) ||
        !Bool(r, id, "allow_common_words", &h.allow_common_words) || !Bool(r, id, "lower_head", &h.lower_head) ||
        !Bool(r, id, "capital_head", &h.capital_head) || !Bool(r, id, "place_first", &h.place_first) ||
        !Bool(r, id, "in_firm_list", &h.in_firm_list) ||
        (r.contains("opens_with") && !Types(r, id, "opens_with", &h.opens_with)))
      return;
    if (h.in_firm_list && !h.place_first) { RuleError(id, "\"in_firm_list\" needs \"place_first\""); return; }
    if ((h.place_first || !h.opens_with.empty()) && (h.head_first || h.place_name)) {
      RuleError(id, "\"place_first\" and \"opens_with\" are for head-last rules without \"place_name\"");
      return;
    }
    if (h.lower_head && !h.head_first) { RuleError(id, "\"lower_head\" needs \"head_first\""); return; }
    if (h.max_words < 1 || h.max_words > 10) { RuleError(id, "\"max_words\" must be between 1 and 10"); return; }
    if (h.country_name && !h.place_name) { RuleError(id, "\"country_name\" needs \"place_name\""); return; }
    if (h.capital_head && !h.place_name) { RuleError(id, "\"capital_head\" needs \"place_name\""); return; }
    entity_->head_rules.push_back(std::move(h));
  }

  void PersonName(const json& r, const std::string& id) {
    PersonNameRule p;
    p.id = id;
    p.source = "rule:" + id;
    std::string first = "given_name";
    if (!String(r, id, "first", &first, false) || !Int(r, id, "min_words", &p.min_words) ||
        !Int(r, id, "max_words", &p.max_words) || !Bool(r, id, "syllabic", &p.syllabic) ||
        !PhraseList(r, id, "context_before", &p.context_before, false) ||
        !PhraseList(r, id, "context_after", &p.context_after, false))
      return;
    if (!SingleWords(r, id, "articles", &p.articles)) return;
    if (first != "given_name" && first != "family_name") {
      RuleError(id, "\"first\" must be \"given_name\" (given_names.txt) or \"family_name\" (family_name_first)");
      return;
    }
    p.family_name_first = first == "family_name";
    if (p.min_words < 2 || p.max_words < p.min_words || p.max_words > 4) {
      RuleError(id, "\"min_words\" and \"max_words\" must satisfy 2 <= min_words <= max_words <= 4");
      return;
    }
    entity_->person_name_rules.push_back(std::move(p));
  }

  void Relation(const json& r, const std::string& id) {
    static const std::unordered_set<std::string> kRelationTypes = {
        "attributed-to", "notified", "targeted", "member-of", "leads", "sanctioned", "summoned", "accused", "based-in"};
    RelationRule rule;
    rule.id = id;
    std::string order;
    if (!String(r, id, "relation", &rule.relation, true) || !Types(r, id, "head", &rule.head_types) ||
        !Types(r, id, "tail", &rule.tail_types) ||
        (r.contains("prefer_head") && !Types(r, id, "prefer_head", &rule.prefer_head_types)) || !String(r, id, "order", &order, true) ||
        !PhraseList(r, id, "triggers", &rule.triggers, true) ||
        !PhraseList(r, id, "requires_between", &rule.requires_between, false) ||
        !PhraseList(r, id, "tail_followed_by", &rule.tail_followed_by, false) ||
        !PhraseList(r, id, "tail_not_followed_by", &rule.tail_not_followed_by, false) ||
        !String(r, id, "lang", &rule.lang, false))
      return;
    if (!kRelationTypes.count(rule.relation)) {
      RuleError(id, "unknown relation type \"" + rule.relation + "\" (known: attributed-to, notified, targeted, member-of, leads, sanctioned, summoned, accused, based-in)");
      return;
    }
    static const std::pair<const char*, ArgOrder> kOrders[] = {
        {"head trigger tail", ArgOrder::kHeadTriggerTail}, {"tail trigger head", ArgOrder::kTailTriggerHead},
        {"trigger head tail", ArgOrder::kTriggerHeadTail}, {"trigger tail head", ArgOrder::kTriggerTailHead},
        {"head tail trigger", ArgOrder::kHeadTailTrigger}, {"tail head trigger", ArgOrder::kTailHeadTrigger}};
    bool known = false;
    for (auto& [name, value] : kOrders)
      if (order == name) { rule.order = value; known = true; }
    if (!known) {
      RuleError(id, "unknown order \"" + order + "\" (known: \"head trigger tail\", \"tail trigger head\", \"trigger head tail\", \"trigger tail head\", \"head tail trigger\", \"tail head trigger\")");
      return;
    }
    if (!Int(r, id, "max_gap_first", &rule.max_gap_first) || !Int(r, id, "max_gap_second", &rule.max_gap_second) ||
        !Bool(r, id, "demonym_any", &rule.demonym_any) || !Bool(r, id, "demonym_only", &rule.demonym_only) ||
        !Bool(r, id, "lists", &rule.lists) || !Number(r, id, "confidence", &rule.confidence) ||
        !PhraseList(r, id, "blocked_after", &rule.blocked_after, false) ||
        !PhraseList(r, id, "forbidden_between", &rule.forbidden_between, false) ||
        !PhraseList(r, id, "forbidden_before_trigger", &rule.forbidden_before_trigger, false) ||
        !PhraseList(r, id, "negations", &rule.negations, false) ||
        !PhraseList(r, id, "agent_markers", &rule.agent_markers, false) ||
        !Bool(r, id, "sentence_initial", &rule.sentence_initial) || !Bool(r, id, "shared_subject", &rule.shared_subject) ||
        !Bool(r, id, "envoy_heads", &rule.envoy_heads) || !Bool(r, id, "agency_country_head", &rule.agency_country_head) ||
        !Bool(r, id, "context_head", &rule.context_head) || !Bool(r, id, "statement_head", &rule.statement_head) ||
        !Int(r, id, "max_gap_after_required", &rule.max_gap_after_required))
      return;
    if (rule.context_head && rule.order != ArgOrder::kTriggerTailHead) {
      RuleError(id, "\"context_head\" needs order \"trigger tail head\"");
      return;
    }
    if (rule.statement_head && ((rule.order != ArgOrder::kTriggerTailHead && rule.order != ArgOrder::kTailTriggerHead) ||
                                rule.context_head)) {
      RuleError(id, "\"statement_head\" needs order \"trigger tail head\" or \"tail trigger head\", and no \"context_head\"");
      return;
    }
    if (rule.max_gap_first < 0 || rule.max_gap_second < 0 || rule.max_gap_first > 64 || rule.max_gap_second > 64) {
      RuleError(id, "max_gap_first and max_gap_second must be between 0 and 64");
      return;
    }
    if (rule.max_gap_after_required < -1 || rule.max_gap_after_required > 64) {
      RuleError(id, "max_gap_after_required must be between 0 and 64");
      return;
    }
    relation_->rules.push_back(std::move(rule));
  }

  const std::string& content_;
  const std::string& file_;
  EntityRules* entity_;
  RelationRules* relation_;
  std::vector<Error>* errors_;
};

}  // namespace

Phrase MakePhrase(const std::string& text) {
  // A possessive ending is one token only when glued to a word ("China's"): a phrase that opens with
  // one ("'s", "’s") is tokenized after a placeholder word, which is then dropped.
  const bool possessive = text.rfind("'s", 0) == 0 || text.rfind("\u2019s", 0) == 0;
  // An elided word ("l'", "qu'", "n'") is one token only when glued to the next word ("l'Allemagne"): a
  // phrase that ends with one is tokenized before a placeholder word, which is then dropped.
  const bool elided = (text.size() >= 2 && text.back() == '\'') ||
                      (text.size() >= 4 && text.compare(text.size() - 3, 3, "\u2019") == 0);
  const std::string prefix = possessive ? "x" : "";
  TokenizedText t = Tokenize(prefix + text + (elided ? "x" : ""));
  std::size_t end = t.tokens.size();
  if (elided && end > 0 && t.key(t.tokens[end - 1]) == "x") --end;
  else if (elided) { t = Tokenize(prefix + text); end = t.tokens.size(); }  // no elision after all
  Phrase out;
  for (std::size_t i = possessive ? 1 : 0; i < end; ++i) out.emplace_back(t.key(t.tokens[i]));
  return out;
}

void LoadRuleJson(const std::string& content, const std::string& file, EntityRules* entity, RelationRules* relation,
                  std::vector<Error>* errors) {
  try {
    RuleFileLoader(content, file, entity, relation, errors).Load();
  } catch (const nlohmann::json::exception& e) {  // defensive: every field is type-checked before use
    errors->push_back(Error{ErrorCode::kBadRule, file, 0, 0, e.what()});
  }
}

}  // namespace gazette
