// How an extractor is built: a plain struct whose defaults give the bundled data and all stages.
#ifndef GAZETTE_CONFIG_H_
#define GAZETTE_CONFIG_H_

#include <cstddef>
#include <string>
#include <vector>

namespace gazette {

/// How gazetteer aliases are matched against the text.
enum class MatchKind {
  /// At each position the longest alias wins; matches never overlap; scanning resumes after a match.
  kLeftmostLongest,
};

/// Options for `Extractor::Build`. Every field has a default that works; no globals, no environment.
///
///   gazette::Config cfg;                          // bundled gazetteers and rules
///   cfg.gazetteer_paths = {"my-groups.tsv"};      // plus the user's own
struct Config {
  bool use_bundled_data = true;                    ///< load the data compiled into the library
  std::vector<std::string> gazetteer_paths;        ///< extra .tsv files or directories of them (gazetteers and deny lists)
  std::vector<std::string> rule_paths;             ///< extra entity/relation rule .json files or directories
  std::vector<std::string> types;                  ///< report only these entity types; empty = all
  MatchKind match = MatchKind::kLeftmostLongest;   ///< gazetteer match semantics
  bool entity_rules = true;                        ///< run pattern, title, acronym and cue rules
  bool coreference = true;                         ///< link surnames, acronyms and cue-typed names
  bool relations = true;                           ///< run relation rules
  std::size_t max_document_bytes = 64u << 20;      ///< larger documents get a warning and no entities
  std::size_t max_alias_bytes = 256;               ///< longer aliases are a load error
  std::size_t max_gazetteer_aliases = 5'000'000;   ///< more aliases in total is a load error
  std::size_t max_sentence_tokens = 2'000;         ///< relation rules skip longer sentences (bounded work)
};

}  // namespace gazette

#endif  // GAZETTE_CONFIG_H_
