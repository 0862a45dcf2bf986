// Command-line options of gazette-extract.
#ifndef GAZETTE_EXAMPLES_CLI_OPTIONS_H_
#define GAZETTE_EXAMPLES_CLI_OPTIONS_H_

#include <string>
#include <vector>

namespace gazette_cli {

struct Options {
  std::vector<std::string> inputs;         // files; empty or "-" = standard input
  std::string input_format = "text";       // text | jsonl
  std::string output_format = "jsonl";     // jsonl | json | stix
  bool stix_single_bundle = false;         // stix: one bundle for all documents, written at the end
  std::string published;                   // stix: normalized --published time; empty = now
  std::string output_path;                 // empty = standard output
  std::vector<std::string> gazetteers;     // --gazetteer (repeatable)
  std::vector<std::string> rules;          // --rules (repeatable)
  std::vector<std::string> types;          // --types A,B
  bool no_bundled = false;
  bool dump_tokens = false;
  bool stats = false;
  bool show_help = false;
  bool show_version = false;
  bool progress = false;                   // --progress: always report progress
  bool no_progress = false;                // --no-progress: never (default: when stderr is a terminal)
  bool no_relations = false;
  bool gazetteer_only = false;             // Config::entity_rules and coreference off
  unsigned threads = 0;                    // 0 = hardware concurrency
};

/// Parses argv; on a usage error returns false and sets `error`.
bool ParseOptions(int argc, char** argv, Options* options, std::string* error);

/// The --help text.
const char* HelpText();

}  // namespace gazette_cli

#endif  // GAZETTE_EXAMPLES_CLI_OPTIONS_H_
