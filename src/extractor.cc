// Wires the stages. Build: bundled files, then user files, into one GazetteerData and one rule set;
// compile the trie. Extract: decode → tokenize → sentences → language → gazetteer → patterns →
// (resolve) → token rules, demonyms inside names and acronym definitions → (resolve) → coreference → (resolve) → guards →
// relations → Document. Every stage reads only const state, so one Extractor serves many threads.
#include "gazette/extractor.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <unordered_set>

#include "ambiguity.h"
#include "embedded_data.h"
#include "entity_rules.h"
#include "gazetteer.h"
#include "language.h"
#include "match_units.h"
#include "normalize.h"
#include "overlap.h"
#include "relation_rules.h"
#include "rule_scan.h"
#include "rules.h"
#include "sentences.h"
#include "tokenize.h"
#include "utf8.h"

namespace gazette {

struct Extractor::Impl {
  Config config;
  Gazetteer gazetteer;
  EntityRules entity_rules;
  RelationRules relation_rules;
  StringSet types;
};

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct Loader {
  const Config& config;
  GazetteerData data;
  EntityRules entity_rules;
  RelationRules relation_rules;
  StringSet common_words;
  std::vector<Error> errors;

  void LoadContent(const std::string& path, const std::string& content) {
    if (EndsWith(path, ".tsv")) {
      LoadGazetteerTsv(content, path, config, &data, &errors);
    } else if (EndsWith(path, ".json")) {
      LoadRuleJson(content, path, &entity_rules, &relation_rules, &errors);
    } else if (EndsWith(path, "common_words.txt")) {
      LoadWordList(content, &common_words);
    } else if (EndsWith(path, "given_names.txt")) {
      LoadWordList(content, &entity_rules.given_names);
    }
  }

  // One word a line, folded; '#' opens a comment line.
  static void LoadWordList(const std::string& content, StringSet* out) {
    std::istringstream in(content);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      out->insert(FoldString(line));
    }
  }

  void LoadFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      errors.push_back(Error{ErrorCode::kIoError, p.string(), 0, 0, "cannot read file"});
      return;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LoadContent(p.string(), content);
  }

  void LoadPath(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p(path);
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::filesystem::path> files;
      for (auto it = std::filesystem::recursive_directory_iterator(p, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::string s = it->path().string();
        if (EndsWith(s, ".tsv") || EndsWith(s, ".json") || EndsWith(s, "given_names.txt")) files.push_back(it->path());
      }
      if (ec) errors.push_back(Error{ErrorCode::kIoError, path, 0, 0, "cannot list directory: " + ec.message()});
      std::sort(files.begin(), files.end());
      for (const auto& f : files) LoadFile(f);
    } else if (std::filesystem::exists(p, ec)) {
      std::string s = p.string();
      if (!EndsWith(s, ".tsv") && !EndsWith(s, ".json") && !EndsWith(s, "given_names.txt")) {
        errors.push_back(Error{ErrorCode::kIoError, s, 0, 0,
                               "unknown data file kind (want .tsv gazetteer, .json rules or *given_names.txt)"});
        return;
      }
      LoadFile(p);
    } else {
      errors.push_back(Error{ErrorCode::kIoError, path, 0, 0, "no such file or directory"});
    }
  }
};

// "APT33/Elfin": two names of one group joined by a slash are one mention.
void MergeSlashJoinedGroups(const TokenizedText& t, std::vector<Mention>* mentions) {
  std::vector<Mention>& m = *mentions;
  std::vector<Mention> out;
  out.reserve(m.size());
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!out.empty() && out.back().type == "GROUP" && m[i].type == "GROUP" && m[i].first_token == out.back().end_token + 1 &&
        t.key(out.back().end_token) == "/" && !t.tokens[out.back().end_token].has(kSpaceBefore) &&
        !t.tokens[m[i].first_token].has(kSpaceBefore)) {
      out.back().end_token = m[i].end_token;
      continue;
    }
    out.push_back(m[i]);
  }
  m = std::move(out);
}

// "[Elfin Group](...)": a group name followed by a capitalized group head is one name with it, as
// the gazetteer's "Lazarus Group" and "Winnti Group" are ("the Winnti group" stays "Winnti"). A code
// name in capitals or with digits is whole without it ("TA428 Group", "WIRTE Group": the head describes).
void ExtendGroupHeads(const TokenizedText& t, std::vector<Mention>* mentions) {
  std::vector<Mention>& m = *mentions;
  for (std::size_t i = 0; i < m.size(); ++i) {
    uint32_t e = m[i].end_token;
    if (m[i].type != "GROUP" || e >= t.tokens.size() || (i + 1 < m.size() && m[i + 1].first_token <= e)) continue;
    const Token& last = t.tokens[e - 1];
    if (last.has(kAllCaps) || last.has(kHasDigit)) continue;
    const Token& next = t.tokens[e];
    std::string_view key = t.key(e);
    if (next.kind == TokenKind::kWord && next.has(kCapitalized) && !next.has(kAllCaps) && !next.has(kNewlineBefore) &&
        IsGroupHeadWord(key))
      m[i].end_token = e + 1;
  }
}

// "Wuhan Xiaoruizhi Science and Technology Company, Limited": a legal form after a firm's name, with
// or without a comma, is part of it (a gazetteer lists the name without it).
void ExtendCompanySuffixes(const RuleContext& ctx, std::vector<Mention>* mentions) {
  Scan scan(ctx);
  const std::size_t n = scan.size();
  std::vector<Mention>& m = *mentions;
  for (std::size_t i = 0; i < m.size(); ++i) {
    // At most two legal forms in a row: "China Telecom Corp. Ltd.".
    for (int form = 0; form < 2 && m[i].type == "ORGANIZATION"; ++form) {
      std::size_t at = m[i].end_token;
      if (at < n && scan.key(at) == ",") ++at;
      if (at >= n || !scan.tok(at).has(kCapitalized) || scan.tok(at).has(kNewlineBefore)) break;
      std::size_t best = 0;
      for (const Phrase& p : ctx.rules.company_suffixes)
        if (p.size() > best && scan.Matches(at, p)) best = p.size();
      const std::size_t end = at + best;
      if (best == 0 || (i + 1 < m.size() && m[i + 1].first_token < end)) break;
      m[i].end_token = static_cast<uint32_t>(end);
    }
  }
}

// "US Justice Department": a country abbreviation right before an agency or organization name is
// part of that name. A country's full name or demonym before an agency's name stays its own COUNTRY
// mention ("United States" + "Department of Justice", "Philippine" + "Bureau of Customs"): AnnoCTR
// annotates 7 of its 9 such cases that way, and the seeds split a French trailing demonym likewise.
void MergeCountryPrefixes(const TokenizedText& t, std::vector<Mention>* mentions) {
  std::vector<Mention>& m = *mentions;
  std::vector<Mention> out;
  out.reserve(m.size());
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (i + 1 < m.size() && m[i].type == "COUNTRY" && !m[i].demonym && m[i].length() == 1 &&
        t.tokens[m[i].first_token].has(kAllCaps) && m[i + 1].first_token == m[i].end_token &&
        (m[i + 1].type == "AGENCY" || m[i + 1].type == "ORGANIZATION") &&
        !t.tokens[m[i + 1].first_token].has(kNewlineBefore)) {
      Mention merged = m[i + 1];
      merged.first_token = m[i].first_token;
      out.push_back(merged);
      ++i;
      continue;
    }
    out.push_back(m[i]);
  }
  m = std::move(out);
}

// The state a text is about, for a generic agency ("le ministère des Affaires étrangères", entry attribute
// `state=document`): the country named most often, by name or demonym, the earliest named on a tie, other
// than `other` (the summoned or sanctioned state); empty when none.
std::string_view DocumentState(const std::vector<Mention>& mentions, std::string_view other) {
  MentionTally tally;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const std::string_view code = MentionedCountryCode(mentions[i]);
    if (!code.empty() && code != other) tally.Add(code, i);
  }
  const std::size_t found = tally.LatestOfMostFrequent(mentions.size());
  return found == mentions.size() ? std::string_view() : MentionedCountryCode(mentions[found]);
}

// Relations of rules with `agency_country_head`: an agency that summons or sanctions acts for its state
// ("Le ministère des Affaires étrangères a convoqué l'ambassadrice de Chine" in an article about the
// Netherlands). The state is the agency entry's `country`, taken only when the document names it; its
// mention nearest before the agency (else the first after) heads a copy of the relation, which keeps the
// agency's trigger and sentence as its evidence, as an anaphor's antecedent does. A capital the gazetteer
// links to its country (`kind=capital`) stands for its state ("Téhéran a convoqué le représentant
// luxembourgeois"): its country's mention takes the relation instead of the city, when the document names it.
void AddAgencyCountryHeads(const Gazetteer& gz, const std::vector<Mention>& mentions,
                           std::vector<FoundRelation>* relations) {
  std::vector<FoundRelation> added;
  std::vector<bool> replaced(relations->size(), false);
  for (std::size_t k = 0; k < relations->size(); ++k) {
    const FoundRelation& f = (*relations)[k];
    if (f.rule == nullptr || !f.rule->agency_country_head) continue;
    const Mention& agency = mentions[f.head];
    if (agency.alias_index == Mention::kNoAliasIndex) continue;
    const GazetteerEntry& entry = gz.entry(gz.alias(agency.alias_index).entry);
    const bool capital = agency.type == "LOCATION" && entry.attribute("kind") == "capital";
    if (agency.type != "AGENCY" && !capital) continue;
    std::string country = entry.attribute("country");
    if (country.empty() && entry.attribute("state") == "document")
      country = std::string(DocumentState(mentions, MentionedCountryCode(mentions[f.tail])));
    if (country.empty()) continue;
    long best = -1;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (MentionedCountryCode(mentions[i]) != country) continue;
      if (mentions[i].first_token < agency.first_token || best < 0) best = static_cast<long>(i);
      if (mentions[i].first_token > agency.first_token) break;
    }
    if (best < 0 || static_cast<std::size_t>(best) == f.tail) continue;
    if (mentions[f.tail].canonical_id == mentions[static_cast<std::size_t>(best)].canonical_id) continue;
    FoundRelation copy = f;
    copy.head = static_cast<std::size_t>(best);
    added.push_back(copy);
    replaced[k] = capital;
  }
  std::vector<FoundRelation> kept;
  for (std::size_t k = 0; k < relations->size(); ++k)
    if (!replaced[k]) kept.push_back((*relations)[k]);
  relations->swap(kept);
  for (const FoundRelation& a : added) {
    bool seen = false;
    for (const FoundRelation& f : *relations)
      seen |= f.type == a.type && mentions[f.head].canonical_id == mentions[a.head].canonical_id && f.tail == a.tail;
    if (!seen) relations->push_back(a);
  }
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

const Config& Extractor::config() const { return impl_->config; }

BuildResult Extractor::Build(const Config& config) {
  Loader loader{config, {}, {}, {}, {}, {}};
  if (config.use_bundled_data) {
    for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
      const EmbeddedFile& f = kEmbeddedFiles[i];
      loader.LoadContent(std::string("<bundled>/") + f.path, std::string(f.data, f.size));
    }
  }
  for (const std::string& p : config.gazetteer_paths) loader.LoadPath(p);
  for (const std::string& p : config.rule_paths) loader.LoadPath(p);
  BuildResult result;
  auto impl = std::make_unique<Impl>();
  impl->gazetteer = Gazetteer::Compile(std::move(loader.data), loader.common_words, config, &loader.errors);
  loader.entity_rules.common_words = std::move(loader.common_words);  // Compile is done with it
  IndexEntityRules(&loader.entity_rules);
  impl->entity_rules = std::move(loader.entity_rules);
  IndexRelationRules(&loader.relation_rules);
  impl->relation_rules = std::move(loader.relation_rules);
  impl->config = config;
  for (const std::string& type : config.types) impl->types.insert(type);
  result.errors = std::move(loader.errors);
  if (result.errors.empty()) result.extractor = std::shared_ptr<const Extractor>(new Extractor(std::move(impl)));
  return result;
}

Document Extractor::Extract(std::string_view text, std::string_view id) const {
  Document doc;
  ExtractInto(text, id, &doc);
  return doc;
}

void Extractor::ExtractInto(std::string_view text, std::string_view id, Document* out) const {
  // Every member of *out is assigned; strings and vectors keep their capacity, and entities and
  // relations already in the vectors are overwritten in place, so their strings are reused too.
  Document& doc = *out;
  doc.id.assign(id.data(), id.size());
  doc.text.assign(text.data(), text.size());
  text = doc.text;  // `text` may have viewed *out
  doc.lang.clear();
  doc.sentences.clear();
  doc.warnings.clear();
  const Config& cfg = impl_->config;
  if (text.size() > cfg.max_document_bytes) {
    doc.entities.clear();
    doc.relations.clear();
    doc.lang = "en";
    doc.warnings.push_back("document of " + std::to_string(text.size()) + " bytes exceeds max_document_bytes (" +
                           std::to_string(cfg.max_document_bytes) + "); nothing extracted");
    return;
  }
  TokenizedText tokens = Tokenize(DecodeUtf8(text));
  if (tokens.decoded.invalid_bytes > 0)
    doc.warnings.push_back("invalid UTF-8: " + std::to_string(tokens.decoded.invalid_bytes) +
                           " byte(s) read as U+FFFD; offsets still index the original bytes");
  std::vector<SentenceRange> sentences = SplitSentences(&tokens);
  doc.lang = GuessLanguage(tokens);
  const Gazetteer& gz = impl_->gazetteer;

  std::vector<MatchUnit> units = MakeMatchUnits(tokens);
  std::vector<GazetteerHit> hits;
  gz.Match(tokens, units, &hits);
  std::vector<Mention> mentions;
  mentions.reserve(hits.size());
  for (const GazetteerHit& h : hits) {
    const AliasRecord& a = gz.alias(h.alias);
    const GazetteerEntry& e = gz.entry(a.entry);
    Mention m;
    m.first_token = h.first_token;
    m.end_token = h.end_token;
    m.type = e.type;
    m.canonical = e.canonical;
    m.canonical_id = e.id;
    m.source = gz.source(h.alias);
    m.alias = a.text;
    m.demonym = (a.flags & kAliasDemonym) != 0;
    m.kind = MentionSource::kGazetteer;
    m.alias_index = h.alias;
    mentions.push_back(m);
  }
  StringArena arena;  // outlives `mentions`, whose rule-built strings it owns
  RuleContext ctx{text, tokens, sentences, impl_->entity_rules, gz, &arena};
  if (cfg.entity_rules) {
    ApplyPatternRules(ctx, &mentions);
    const std::vector<Mention> known = ResolveOverlaps(mentions);
    ApplyTokenRules(ctx, known, &mentions);
    ApplyPersonNameRules(ctx, known, &mentions);
    ApplyInnerDemonyms(ctx, known, &mentions);
    ApplyAcronymDefinitions(ctx, known, &mentions);
    ApplyCountryCodes(ctx, known, &mentions);
  }
  mentions = ResolveOverlaps(mentions);
  if (cfg.entity_rules) LinkPossessorNames(ctx, &mentions);
  if (cfg.coreference) {
    std::size_t before = mentions.size();
    ApplyCoreference(ctx, mentions, &mentions);
    if (mentions.size() != before) mentions = ResolveOverlaps(mentions);
    LinkTitledSurnames(ctx, &mentions);
  }
  ApplyGuards(ctx, &mentions);
  SplitTrailingDemonyms(ctx, &mentions);
  JoinOwnTrailingDemonyms(ctx, &mentions);
  RetypeDatelineCapitals(ctx, &mentions);
  MergeSlashJoinedGroups(tokens, &mentions);
  ExtendGroupHeads(tokens, &mentions);
  ExtendCompanySuffixes(ctx, &mentions);
  MergeCountryPrefixes(tokens, &mentions);
  ResolveAmbiguousAliases(gz, tokens, doc.lang, &mentions);

  std::vector<FoundRelation> relations;
  if (cfg.relations) {
    std::size_t skipped = 0;
    relations = ExtractRelations(tokens, sentences, mentions, impl_->relation_rules, doc.lang, cfg.max_sentence_tokens,
                                 &skipped);
    AddAgencyCountryHeads(gz, mentions, &relations);
    if (skipped > 0)
      doc.warnings.push_back(std::to_string(skipped) + " sentence(s) longer than max_sentence_tokens (" +
                             std::to_string(cfg.max_sentence_tokens) + ") skipped by relation rules");
  }

  auto byte_of = [&](uint32_t cp) { return static_cast<std::size_t>(tokens.decoded.byte_of[cp]); };
  for (const SentenceRange& s : sentences) {
    const Token& a = tokens.tokens[s.first];
    const Token& b = tokens.tokens[s.last - 1];
    doc.sentences.push_back(Sentence{{byte_of(a.begin), byte_of(b.end)}, {a.begin, b.end}});
  }
  std::size_t n_entities = 0, n_relations = 0;  // entities and relations overwritten so far
  std::vector<long> entity_index(mentions.size(), -1);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!impl_->types.empty() && !impl_->types.count(m.type)) continue;
    const Token& a = tokens.tokens[m.first_token];
    const Token& b = tokens.tokens[m.end_token - 1];
    if (n_entities == doc.entities.size()) doc.entities.emplace_back();
    Entity& e = doc.entities[n_entities];
    e.type.assign(m.type);
    e.bytes = {byte_of(a.begin), byte_of(b.end)};
    e.chars = {a.begin, b.end};
    e.text.assign(doc.text, e.bytes.begin, e.bytes.end - e.bytes.begin);
    e.canonical.assign(m.canonical);
    e.canonical_id.assign(m.canonical_id);
    e.source.assign(m.source);
    e.alias.assign(m.alias);
    e.demonym = m.demonym;
    entity_index[i] = static_cast<long>(n_entities++);
  }
  for (const FoundRelation& f : relations) {
    if (entity_index[f.head] < 0 || entity_index[f.tail] < 0) continue;
    if (n_relations == doc.relations.size()) doc.relations.emplace_back();
    Relation& r = doc.relations[n_relations++];
    r.type.assign(f.type);
    r.head = static_cast<std::size_t>(entity_index[f.head]);
    r.tail = static_cast<std::size_t>(entity_index[f.tail]);
    const Token& ta = tokens.tokens[f.trigger_first];
    const Token& tb = tokens.tokens[f.trigger_end - 1];
    r.trigger_bytes = {byte_of(ta.begin), byte_of(tb.end)};
    r.trigger_chars = {ta.begin, tb.end};
    r.sentence_bytes = doc.sentences[f.sentence].bytes;
    r.sentence_chars = doc.sentences[f.sentence].chars;
    r.rule.assign(f.rule->id);
    r.confidence = f.rule->confidence;
  }
  doc.entities.resize(n_entities);  // drops what a previous document left beyond these
  doc.relations.resize(n_relations);
}

std::string Extractor::DumpTokens(std::string_view text) const {
  TokenizedText tokens = Tokenize(DecodeUtf8(text));
  std::vector<SentenceRange> sentences = SplitSentences(&tokens);
  std::ostringstream out;
  static const char* kKinds[] = {"word", "number", "punct", "symbol"};
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Token& a = tokens.tokens[sentences[s].first];
    const Token& b = tokens.tokens[sentences[s].last - 1];
    std::size_t bb = tokens.decoded.byte_of[a.begin], be = tokens.decoded.byte_of[b.end];
    out << "sentence " << s + 1 << " [" << bb << "," << be << "): " << SanitizeUtf8(text.substr(bb, be - bb)) << '\n';
    for (std::size_t i = sentences[s].first; i < sentences[s].last; ++i) {
      const Token& t = tokens.tokens[i];
      std::size_t tb = tokens.decoded.byte_of[t.begin], te = tokens.decoded.byte_of[t.end];
      out << "  [" << tb << "," << te << ") " << kKinds[static_cast<int>(t.kind)] << " \""
          << SanitizeUtf8(text.substr(tb, te - tb)) << "\" key=\"" << tokens.key(t) << "\"";
      if (t.has(kCapitalized)) out << " cap";
      if (t.has(kAllCaps)) out << " allcaps";
      if (t.has(kHasDigit)) out << " digit";
      if (t.has(kSentenceInitial)) out << " initial";
      if (t.has(kGluedHyphen)) out << " compound-hyphen";
      out << '\n';
    }
  }
  return out.str();
}

std::string Extractor::Attribute(std::string_view canonical_id, std::string_view key) const {
  const GazetteerEntry* e = impl_->gazetteer.FindEntry(std::string(canonical_id));
  return e ? e->attribute(key) : std::string();
}

std::map<std::string, TypeStats> Extractor::stats() const {
  std::map<std::string, TypeStats> out;
  for (const auto& [type, counts] : impl_->gazetteer.CountsByType()) out[type] = TypeStats{counts.first, counts.second};
  return out;
}

}  // namespace gazette
