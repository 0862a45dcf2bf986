// Argument parsing and the run: read every input (reporting every error, not just the
// first), import, print diagnostics, write the TSV. Output is written only when nothing
// failed, through a temporary file renamed into place, so a failed regeneration never
// leaves a half-written gazetteer behind. Exit status 2 for any error, as usage errors do.

#include "cli.h"

#include <cstdio>
#include <fstream>
#include <optional>

#include "common_words.h"
#include "diagnostics.h"
#include "entry_id.h"
#include "json_input.h"
#include "misp_import.h"
#include "stix_import.h"
#include "tsv_writer.h"

namespace gazette::import {
namespace {

constexpr char kProgram[] = "gazette-import";

constexpr char kUsage[] = R"USAGE(Usage:
  gazette-import misp [options] CLUSTER.json...
  gazette-import stix [options] BUNDLE.json...
  gazette-import --help

Converts name lists into Gazette's TSV gazetteer format (gazetteers/README.md): UTF-8,
one entry a line, sorted by id, after a "# GENERATED ..." comment and the column header.

misp  reads MISP galaxy cluster files ({"type", "values": [{"value", "uuid", "meta"}]}).
      Each value becomes one entry: id PREFIX:<ASCII slug of the value>, canonical name =
      value, aliases = meta.synonyms. Values of a cluster of type "mitre-intrusion-set"
      ("APT31 - G0035") lose the " - Gnnnn" suffix and are merged into the entry of
      another cluster sharing a name with them (ignoring case, accents, spaces, hyphens,
      underscores) or their ATT&CK id (listed as a synonym); ranked: same canonical name,
      then holding their name, then most shared names, then smallest id. Unmatched ones
      become entries of their own. Synonyms that are ATT&CK ids ("G0035") become
      attributes, not aliases. Attributes, in order:
        country=XX   meta.country, or meta.cfr-suspected-state-sponsor mapped to ISO
                     3166-1 alpha-2 by a built-in table
        mitre=Gnnnn  ATT&CK ids, comma-separated when several
        misp=UUID    uuid of the entry's value (of the intrusion set for its own entry)
      Descriptions are never copied.
stix  reads STIX 2.1 bundles ({"type": "bundle", "objects": [...]}):
        intrusion-set, threat-actor            -> GROUP
        identity, identity_class organization  -> ORGANIZATION, or AGENCY when sectors
                                                  holds "government" or "government-national"
        identity, identity_class individual    -> PERSON
        location with a country and no city, administrative_area or street_address
                                               -> COUNTRY, id country:XX, iso2=XX
        other location                         -> LOCATION (country=XX when known)
        malware                                -> MALWARE
      Names from name, aliases and x_mitre_aliases. Attributes: stix=<object id>,
      mitre=<external_id> of the external reference with source_name "mitre-attack".
      Revoked and deprecated objects and other object types are skipped.

Options:
  -o, --output FILE         write the TSV to FILE (default: standard output)
  --type TYPE               misp: entity type of the entries (default: GROUP)
  --id-prefix PREFIX        misp: id prefix (default: from the type: GROUP -> group,
                            ORGANIZATION -> org, others lower-cased)
  --id-prefix TYPE=PREFIX   stix: id prefix for one entity type (repeatable; defaults:
                            group, org, agency, person, location, malware)
  --common-words FILE       word list, one word a line, '#' comments (repeatable), e.g.
                            /usr/share/dict/american-english and /usr/share/dict/french
  --source NAME             header: where the data comes from
                            (default misp: "the MISP galaxy (CC0)"; stix: "a STIX 2.1 bundle")
  --regenerate COMMAND      header: how to regenerate the file (default: this command
                            line without -o)
  -h, --help                print this help and exit

Aliases (both modes) are dropped, with a warning each, when they are empty, longer than
100 bytes, shorter than 2 characters, a pure number or without letters, contain "http",
':', '|' or a brace, equal a country name (except for COUNTRY and LOCATION entries), or
are a common word of at most 4 letters. A one-word alias whose lower-cased form is in a
--common-words list gets the flag {cap}. Spellings of one entry that differ only in case
or accents are kept once. A name held by several entries of one type (ignoring case,
accents, spaces, hyphens, underscores) is kept only in the entry whose canonical name it
is, else in the entry that merged an intrusion set of that name, else in the entry whose
id sorts first, with a warning for each alias dropped.

Diagnostics go to standard error as FILE[:LINE:COLUMN]: warning|error: MESSAGE, followed
by a summary. Exit status: 0 on success (warnings allowed); 2 on a usage error, an
unreadable file, invalid JSON (reported with line and column), an input that is not a
MISP cluster or STIX bundle, or a failure to write; then no output file is written.
)USAGE";

struct Options {
  std::string mode;
  std::string output;
  std::optional<std::string> type;
  std::vector<std::string> id_prefixes;
  std::vector<std::string> common_word_files;
  std::optional<std::string> source;
  std::optional<std::string> regenerate;
  std::vector<std::string> inputs;
  std::vector<std::string> regenerate_args;  // the command line without -o
  bool help = false;
};

// Parses args into *o; returns an error message, or "" on success.
std::string ParseArgs(const std::vector<std::string>& args, Options* o) {
  if (args.empty()) return "missing mode (misp or stix)";
  std::size_t i = 0;
  if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    o->help = true;
    return "";
  }
  if (args[0] != "misp" && args[0] != "stix") return "unknown mode \"" + args[0] + "\" (misp or stix)";
  o->mode = args[i++];
  bool options_done = false;
  for (; i < args.size(); ++i) {
    std::string arg = args[i];
    if (options_done || arg.empty() || arg[0] != '-' || arg == "-") {
      o->inputs.push_back(arg);
      o->regenerate_args.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      o->help = true;
      return "";
    }
    std::string value;
    bool has_value = false;
    if (const std::size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    static const char* const kWithValue[] = {"-o",          "--output", "--type",
                                             "--id-prefix", "--common-words", "--source",
                                             "--regenerate"};
    bool known = false;
    for (const char* k : kWithValue) known = known || arg == k;
    if (!known) return "unknown option \"" + arg + "\"";
    if (!has_value) {
      if (i + 1 >= args.size()) return "option " + arg + " needs a value";
      value = args[++i];
    }
    if (arg == "-o" || arg == "--output") {
      o->output = value;
      continue;
    }
    o->regenerate_args.push_back(arg);
    o->regenerate_args.push_back(value);
    if (arg == "--type") o->type = value;
    if (arg == "--id-prefix") o->id_prefixes.push_back(value);
    if (arg == "--common-words") o->common_word_files.push_back(value);
    if (arg == "--source") o->source = value;
    if (arg == "--regenerate") o->regenerate = value;
  }
  if (o->inputs.empty()) return "no input file";
  if (o->output == "-") o->output.clear();
  return "";
}

// Quotes an argument for the header's regenerate command when it needs it.
std::string ShellWord(const std::string& word) {
  const bool plain = !word.empty() && word.find_first_not_of(
                                          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                          "0123456789-_./=:,+@%") == std::string::npos;
  if (plain) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int Usage(std::ostream& err, const std::string& message) {
  err << kProgram << ": " << message << "\nTry '" << kProgram << " --help'.\n";
  return kExitError;
}

void PrintDiagnostics(const Diagnostics& diag, std::ostream& err) {
  for (const Diagnostic& d : diag.items()) err << d << '\n';
}

int Run(const Options& o, std::ostream& out, std::ostream& err) {
  Diagnostics diag;
  CommonWords words;
  for (const std::string& path : o.common_word_files) words.Load(path, &diag);
  std::vector<JsonDocument> docs;
  for (const std::string& path : o.inputs) {
    if (std::optional<JsonDocument> doc = ReadJsonFile(path, &diag)) docs.push_back(std::move(*doc));
  }
  const CommonWords* common = o.common_word_files.empty() ? nullptr : &words;

  std::vector<Entry> entries;
  if (diag.error_count() == 0 && o.mode == "misp") {
    MispOptions options;
    options.type = o.type.value_or("GROUP");
    options.id_prefix = o.id_prefixes.empty() ? DefaultIdPrefix(options.type) : o.id_prefixes.back();
    options.alias_policy.common_words = common;
    entries = ImportMisp(docs, options, &diag);
  } else if (diag.error_count() == 0) {
    StixOptions options;
    options.common_words = common;
    for (const std::string& spec : o.id_prefixes) {
      const std::size_t eq = spec.find('=');
      options.id_prefixes[spec.substr(0, eq)] = spec.substr(eq + 1);
    }
    entries = ImportStix(docs, options, &diag);
  }
  PrintDiagnostics(diag, err);
  if (diag.error_count() > 0) {
    err << kProgram << ": " << diag.error_count() << " error(s); no output written\n";
    return kExitError;
  }

  std::string regenerate;
  if (o.regenerate) {
    regenerate = *o.regenerate;
  } else {
    regenerate = kProgram;
    regenerate += " " + o.mode;
    for (const std::string& a : o.regenerate_args) regenerate += " " + ShellWord(a);
  }
  const std::string source = o.source.value_or(o.mode == "misp" ? "the MISP galaxy (CC0)"
                                                                : "a STIX 2.1 bundle");
  const std::vector<std::string> comments = {"GENERATED by tools/gazette-import from " + source +
                                             "; DO NOT EDIT. Regenerate: " + regenerate};
  const std::size_t entry_count = entries.size();
  std::size_t alias_count = 0;
  for (const Entry& e : entries) alias_count += e.aliases.size();

  if (o.output.empty()) {
    WriteTsv(comments, std::move(entries), out);
    out.flush();
    if (!out) {
      err << kProgram << ": error: cannot write to standard output\n";
      return kExitError;
    }
  } else {
    const std::string tmp = o.output + ".tmp";
    {
      std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
      if (file) WriteTsv(comments, std::move(entries), file);
      file.close();
      if (!file) {
        std::remove(tmp.c_str());
        err << o.output << ": error: cannot write file\n";
        return kExitError;
      }
    }
    if (std::rename(tmp.c_str(), o.output.c_str()) != 0) {
      std::remove(tmp.c_str());
      err << o.output << ": error: cannot replace file\n";
      return kExitError;
    }
  }

  for (const auto& [what, n] : diag.tallies()) err << kProgram << ":   " << n << ' ' << what << '\n';
  err << kProgram << ": wrote " << (o.output.empty() ? std::string("standard output") : o.output)
      << ": " << entry_count << " entries, " << alias_count << " aliases, "
      << diag.warning_count() << " warning(s)\n";
  return kExitOk;
}

}  // namespace

const char* UsageText() { return kUsage; }

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    Options o;
    const std::string problem = ParseArgs(args, &o);
    if (!problem.empty()) return Usage(err, problem);
    if (o.help) {
      out << kUsage;
      return kExitOk;
    }
    if (o.mode == "misp") {
      if (o.type && !IsValidType(*o.type)) {
        return Usage(err, "--type " + *o.type + ": use upper-case ASCII letters, digits and '_'");
      }
      if (o.id_prefixes.size() > 1) return Usage(err, "misp takes one --id-prefix");
      for (const std::string& p : o.id_prefixes) {
        if (!IsValidIdPrefix(p)) {
          return Usage(err, "--id-prefix " + p + ": use lower-case ASCII letters, digits and '-'");
        }
      }
    } else {
      if (o.type) return Usage(err, "--type is for misp; stix maps each object to its type");
      for (const std::string& spec : o.id_prefixes) {
        const std::size_t eq = spec.find('=');
        if (eq == std::string::npos || !IsValidType(spec.substr(0, eq)) ||
            !IsValidIdPrefix(spec.substr(eq + 1))) {
          return Usage(err, "--id-prefix " + spec + ": stix takes TYPE=prefix, e.g. GROUP=actor");
        }
      }
    }
    return Run(o, out, err);
  } catch (const std::exception& e) {
    err << kProgram << ": internal error: " << e.what() << '\n';
    return kExitError;
  }
}

}  // namespace gazette::import
