// Parsing gazette-extract's options: long options only, `--opt value` or `--opt=value`.
#include "cli_options.h"

#include <cstdlib>

#include "gazette/stix.h"

namespace gazette_cli {

const char* HelpText() {
  return R"(Usage: gazette-extract [OPTIONS] [FILE...]

Finds threat groups, agencies, organizations, people, countries and locations in English and French
text, links them into relations, and writes JSON (format: docs/json-output.md) or STIX 2.1 bundles
(docs/stix-output.md).

Input: each FILE is one document whose id is the file name without its extension; with no FILE, or
FILE "-", standard input is read. With --input-format jsonl every line is a JSON object with "id"
and "text"; its other fields are copied to the output object unchanged (not to STIX output).

Options:
  --input-format text|jsonl   how to read inputs (default: text)
  --output-format jsonl|json|stix
                              jsonl: one JSON document per line (default); json: one pretty array;
                              stix: one STIX 2.1 bundle per document per line
  --stix-single-bundle        with --output-format stix: one bundle holding every document (one
                              report each, shared objects), written when all input is read
  --published TIME            with --output-format stix: the reports' published time and every
                              object's created/modified, RFC 3339 (2024-03-05T14:30:00Z) or a date
                              (2024-03-05); default: the current time, the same for the whole run
  -o, --output FILE           write to FILE instead of standard output
  --gazetteer PATH            add a gazetteer .tsv file, or a directory of .tsv/.json files (repeatable)
  --rules PATH                add an entity/relation rule .json file or directory (repeatable)
  --no-bundled                do not load the gazetteers and rules compiled into the library
  --types T1,T2,...           report only these entity types (e.g. GROUP,COUNTRY)
  --no-relations              skip relation extraction
  --gazetteer-only            report gazetteer matches only (no pattern, cue, acronym or coreference rules)
  --threads N                 extract with N threads (default: all cores); output keeps input order
  --progress                  print progress (documents, MB, docs/s, and percent and ETA when the
                              input size is known) on standard error; the default when standard
                              error is a terminal, after the first second
  --no-progress               never print progress
  --dump-tokens               print tokens and sentences of each input instead of JSON
  --stats                     print gazetteer entry and alias counts per type, then exit
  --version                   print the version, then exit
  -h, --help                  print this help, then exit

Exit status: 0 on success, also when the reader of standard output goes away early (e.g. | head);
1 when some input could not be read or a JSONL line was invalid (it is reported on standard error
as FILE:LINE: message and every other document is still written, in order); 2 on a usage or
configuration error (bad option, bad gazetteer or rule file).
)";
}

namespace {

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

}  // namespace

bool ParseOptions(int argc, char** argv, Options* o, std::string* error) {
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      o->inputs.push_back(arg);
      continue;
    }
    if (arg == "--") { only_files = true; continue; }
    std::string name = arg, value;
    bool has_value = false;
    std::size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    auto need = [&](std::string* out) {
      if (has_value) { *out = value; return true; }
      if (i + 1 >= argc) { *error = "option " + name + " needs a value"; return false; }
      *out = argv[++i];
      return true;
    };
    std::string v;
    if (name == "-h" || name == "--help") o->show_help = true;
    else if (name == "--version") o->show_version = true;
    else if (name == "--stats") o->stats = true;
    else if (name == "--dump-tokens") o->dump_tokens = true;
    else if (name == "--no-bundled") o->no_bundled = true;
    else if (name == "--no-relations") o->no_relations = true;
    else if (name == "--gazetteer-only") o->gazetteer_only = true;
    else if (name == "--progress") o->progress = true;
    else if (name == "--no-progress") o->no_progress = true;
    else if (name == "--stix-single-bundle") o->stix_single_bundle = true;
    else if (name == "--published") {
      if (!need(&v)) return false;
      if (!gazette::NormalizeStixTimestamp(v, &o->published)) {
        *error = "--published must be an RFC 3339 time (2024-03-05T14:30:00Z) or a date (2024-03-05), not \"" + v + "\"";
        return false;
      }
    }
    else if (name == "--input-format") {
      if (!need(&v)) return false;
      if (v != "text" && v != "jsonl") { *error = "--input-format must be text or jsonl, not \"" + v + "\""; return false; }
      o->input_format = v;
    } else if (name == "--output-format") {
      if (!need(&v)) return false;
      if (v != "jsonl" && v != "json" && v != "stix") {
        *error = "--output-format must be jsonl, json or stix, not \"" + v + "\"";
        return false;
      }
      o->output_format = v;
    } else if (name == "-o" || name == "--output") {
      if (!need(&o->output_path)) return false;
    } else if (name == "--gazetteer") {
      if (!need(&v)) return false;
      o->gazetteers.push_back(v);
    } else if (name == "--rules") {
      if (!need(&v)) return false;
      o->rules.push_back(v);
    } else if (name == "--types") {
      if (!need(&v)) return false;
      o->types = SplitComma(v);
    } else if (name == "--threads") {
      if (!need(&v)) return false;
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n < 1 || n > 1024) { *error = "--threads must be a number from 1 to 1024"; return false; }
      o->threads = static_cast<unsigned>(n);
    } else {
      *error = "unknown option " + name + " (see --help)";
      return false;
    }
  }
  if (o->output_format != "stix" && (o->stix_single_bundle || !o->published.empty())) {
    *error = std::string(o->stix_single_bundle ? "--stix-single-bundle" : "--published") +
             " needs --output-format stix";
    return false;
  }
  return true;
}

}  // namespace gazette_cli
