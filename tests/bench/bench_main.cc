// gazette-bench: times every stage of Gazette and its peers in one process and prints one Markdown
// table. Each timed row is the median of --runs runs over the same in-memory corpus; ratios to ICU's
// word BreakIterator (and between Gazette and the alias-matching peers) are what travel between
// machines. The full pipeline's entity and relation counts on the generated corpus are compared with
// tests/bench/expected_counts.txt, so a fast but wrong build fails. `--pathological` instead times
// hostile inputs at 1x and 2x size and fails when the time grows faster than 2.5x.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <new>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "baselines.h"
#include "corpus.h"
#include "embedded_data.h"
#include "gazette/gazette.h"
#include "gazetteer.h"
#include "gazetteer_data.h"
#include "match_units.h"
#include "normalize.h"
#include "sentences.h"
#include "tokenize.h"
#include "utf8.h"

#ifndef GAZETTE_BENCH_SOURCE_DIR
#define GAZETTE_BENCH_SOURCE_DIR "."
#endif

namespace gb = gazette_bench;

// Heap allocations through operator new, counted per thread (no shared cache line, so the threaded
// rows are not slowed). Only the main thread's count is read, around one single-threaded pass.
namespace {
thread_local uint64_t t_allocations = 0;
}  // namespace

// Not inlined: GCC's -Wmismatched-new-delete misreads an inlined free() after an inlined new.
#if defined(__GNUC__)
#define GAZETTE_BENCH_NOINLINE __attribute__((noinline))
#else
#define GAZETTE_BENCH_NOINLINE
#endif
GAZETTE_BENCH_NOINLINE void* operator new(std::size_t n) {
  ++t_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
GAZETTE_BENCH_NOINLINE void operator delete(void* p) noexcept { std::free(p); }
GAZETTE_BENCH_NOINLINE void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

constexpr uint64_t kCorpusSeed = 20240917;
constexpr uint64_t kNamesSeed = 7;

struct Flags {
  double size_mb = 50;
  int runs = 5;
  int threads = 0;  // 0 = std::thread::hardware_concurrency()
  double re2_prefix_mb = 5;
  std::size_t names = 100000;
  std::string source_dir = GAZETTE_BENCH_SOURCE_DIR;
  std::string eval_dir;  // default: <source>/../shared/eval
  std::string expected;  // default: <source>/tests/bench/expected_counts.txt
  bool update_expected = false;
  bool eval = true;
  bool re2 = true;
  bool hyperscan = true;
  bool pathological = false;
  bool extract_only = false;
  bool extract_only_large = false;
  double path_scale = 1.0;
  double path_limit_s = 120;
  std::string path_case;  // only pathological cases whose name contains this
  std::string dump_corpus;  // write the generated corpus here and exit
};

void Usage() {
  std::cerr << "usage: gazette-bench [options]\n"
               "  --size-mb N          generated corpus size in MB (10^6 bytes; default 50)\n"
               "  --runs N             runs per row, the median is reported (default 5)\n"
               "  --threads N          threads for the all-cores row (default: all cores)\n"
               "  --names N            generated PERSON+ORGANIZATION names in the large gazetteer (default 100000)\n"
               "  --re2-prefix-mb N    RE2 alternation runs on this prefix and is scaled (default 5)\n"
               "  --no-re2 --no-hyperscan --no-eval   skip those rows\n"
               "  --eval-dir DIR       evaluation texts (default <source>/../shared/eval)\n"
               "  --source-dir DIR     project source tree (default: the one the bench was built from)\n"
               "  --expected FILE      expected counts (default <source>/tests/bench/expected_counts.txt)\n"
               "  --update-expected    write this run's counts into the expected file instead of checking\n"
               "  --extract-only       only Build (bundled) and full Extract over the generated corpus (for perf)\n"
               "  --extract-only-large the same with the large gazetteer\n"
               "  --dump-corpus FILE   write the generated corpus (documents separated by a blank line) and exit\n"
               "  --pathological       time hostile inputs at 1x and 2x instead (PASS when ratio <= 2.5)\n"
               "  --path-scale F       scale the pathological sizes (default 1; e.g. 0.1 for a smoke run)\n"
               "  --path-case TEXT     only the pathological cases whose name contains TEXT\n"
               "  --path-limit-s S     a pathological 1x run slower than this fails without a 2x run (default 120)\n";
}

bool ParseFlags(int argc, char** argv, Flags* f) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "gazette-bench: " << name << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--size-mb") f->size_mb = std::atof(value("--size-mb"));
    else if (a == "--runs") f->runs = std::max(1, std::atoi(value("--runs")));
    else if (a == "--threads") f->threads = std::max(1, std::atoi(value("--threads")));
    else if (a == "--names") f->names = static_cast<std::size_t>(std::atoll(value("--names")));
    else if (a == "--re2-prefix-mb") f->re2_prefix_mb = std::atof(value("--re2-prefix-mb"));
    else if (a == "--eval-dir") f->eval_dir = value("--eval-dir");
    else if (a == "--source-dir") f->source_dir = value("--source-dir");
    else if (a == "--expected") f->expected = value("--expected");
    else if (a == "--update-expected") f->update_expected = true;
    else if (a == "--no-eval") f->eval = false;
    else if (a == "--no-re2") f->re2 = false;
    else if (a == "--no-hyperscan") f->hyperscan = false;
    else if (a == "--pathological") f->pathological = true;
    else if (a == "--extract-only") f->extract_only = true;
    else if (a == "--extract-only-large") f->extract_only = f->extract_only_large = true;
    else if (a == "--path-scale") f->path_scale = std::atof(value("--path-scale"));
    else if (a == "--path-limit-s") f->path_limit_s = std::atof(value("--path-limit-s"));
    else if (a == "--path-case") f->path_case = value("--path-case");
    else if (a == "--dump-corpus") f->dump_corpus = value("--dump-corpus");
    else if (a == "-h" || a == "--help") { Usage(); std::exit(0); }
    else {
      std::cerr << "gazette-bench: unknown option " << a << "\n";
      Usage();
      return false;
    }
  }
  if (f->size_mb <= 0 || f->path_scale <= 0) {
    std::cerr << "gazette-bench: sizes must be positive\n";
    return false;
  }
  if (f->eval_dir.empty()) f->eval_dir = f->source_dir + "/../shared/eval";
  if (f->expected.empty()) f->expected = f->source_dir + "/tests/bench/expected_counts.txt";
  return true;
}

// ---------------------------------------------------------------------------------------------
// Timing and memory

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs `fn` `runs` times; returns the median time. `fn` returns a count, kept in *count (the last run's);
// a count that changes between runs is reported, since every stage here is deterministic.
double TimeMedian(int runs, const std::function<std::size_t()>& fn, std::size_t* count = nullptr) {
  std::vector<double> t;
  std::size_t first = 0;
  for (int r = 0; r < runs; ++r) {
    Clock::time_point a = Clock::now();
    std::size_t c = fn();
    t.push_back(Seconds(a, Clock::now()));
    if (r == 0) first = c;
    else if (c != first) std::cerr << "warning: count changed between runs (" << first << " vs " << c << ")\n";
    if (count) *count = c;
  }
  return Median(t);
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

double CurrentRssMb() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

Clock::time_point g_start = Clock::now();
void Progress(const std::string& what) {
  std::fprintf(stderr, "[%7.1fs] %s\n", Seconds(g_start, Clock::now()), what.c_str());
}

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Thousands(std::size_t n) {
  std::string s = std::to_string(n), out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

std::string FormatSeconds(double s) {
  if (s < 0) return "n/a";
  if (s < 1e-3) return Fixed(s * 1e6, 0) + " µs";
  if (s < 1) return Fixed(s * 1e3, 1) + " ms";
  return Fixed(s, 2) + " s";
}

// ---------------------------------------------------------------------------------------------
// The table

struct Row {
  std::string what;
  std::string corpus = "-";
  std::string gazetteer = "-";
  double seconds = -1;     // < 0: n/a
  std::size_t bytes = 0;   // for MB/s; 0: no throughput
  std::size_t docs = 0;    // for docs/s
  std::string count;
  double icu_seconds = -1;  // for the ratio column; < 0: none
};

void PrintTable(const std::vector<Row>& rows) {
  std::cout << "| Row | Corpus | Gazetteer | Median | MB/s | Docs/s | Count | × ICU word break |\n"
               "|---|---|---|---:|---:|---:|---:|---:|\n";
  for (const Row& r : rows) {
    std::string mbs = "-", dps = "-", ratio = "-";
    if (r.seconds > 0 && r.bytes > 0) mbs = Fixed(static_cast<double>(r.bytes) / 1e6 / r.seconds, 1);
    if (r.seconds > 0 && r.docs > 0) dps = Thousands(static_cast<std::size_t>(static_cast<double>(r.docs) / r.seconds));
    if (r.seconds > 0 && r.icu_seconds > 0) ratio = Fixed(r.seconds / r.icu_seconds, 2) + "x";
    std::cout << "| " << r.what << " | " << r.corpus << " | " << r.gazetteer << " | "
              << (r.seconds < 0 && r.count.empty() ? "n/a" : r.seconds < 0 ? "-" : FormatSeconds(r.seconds)) << " | "
              << mbs << " | " << dps << " | " << (r.count.empty() ? "n/a" : r.count) << " | " << ratio << " |\n";
  }
}

// ---------------------------------------------------------------------------------------------
// Data

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// The bundled gazetteers as the library loads them, for the internal matcher and the peers.
struct Bundled {
  gazette::GazetteerData data;
  gazette::StringSet common_words;  // folded
  std::vector<std::string> common_words_raw;
  std::vector<gazette::Error> errors;
};

Bundled LoadBundled(const gazette::Config& cfg) {
  Bundled b;
  for (std::size_t i = 0; i < gazette::kEmbeddedFileCount; ++i) {
    const gazette::EmbeddedFile& f = gazette::kEmbeddedFiles[i];
    std::string path = std::string("<bundled>/") + f.path;
    std::string content(f.data, f.size);
    if (EndsWith(path, ".tsv")) {
      gazette::LoadGazetteerTsv(content, path, cfg, &b.data, &b.errors);
    } else if (EndsWith(path, "common_words.txt")) {
      for (const std::string& line : Lines(content)) {
        if (line[0] == '#') continue;
        b.common_words.insert(gazette::FoldString(line));
        b.common_words_raw.push_back(line);
      }
    }
  }
  return b;
}

std::vector<std::string> AliasTexts(const gazette::GazetteerData& data) {
  std::vector<std::string> out;
  out.reserve(data.aliases.size());
  for (const gazette::AliasRecord& a : data.aliases) out.push_back(a.text);
  return out;
}

std::string AsciiLower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

gb::GeneratorInputs MakeGeneratorInputs(const Bundled& b, const std::string& source_dir, bool* ok) {
  gb::GeneratorInputs in;
  for (const gazette::AliasRecord& a : b.data.aliases) {
    const std::string& type = b.data.entries[a.entry].type;
    if (a.flags & gazette::kAliasDemonym) {
      bool upper = !a.text.empty() && a.text[0] >= 'A' && a.text[0] <= 'Z';
      (upper ? in.demonyms_upper : in.demonyms_lower).push_back(a.text);
    } else {
      in.names_by_type[type].push_back(a.text);
    }
  }
  for (const std::string& w : b.common_words_raw) {
    bool word = w.size() >= 2;
    for (char c : w) word &= (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '\'' || c == '-';
    if (word) in.common_words.push_back(w);
  }
  namespace fs = std::filesystem;
  std::vector<fs::path> samples;
  std::error_code ec;
  for (auto it = fs::directory_iterator(fs::path(source_dir) / "examples" / "data", ec); !ec && it != fs::directory_iterator();
       it.increment(ec))
    if (it->path().extension() == ".txt") samples.push_back(it->path());
  std::sort(samples.begin(), samples.end());
  for (const fs::path& p : samples) {
    std::string text;
    if (!gb::ReadFile(p.string(), &text)) continue;
    bool french = p.filename().string().find("-fr") != std::string::npos;
    for (const std::string& line : Lines(text)) (french ? in.sample_fr : in.sample_en).push_back(line);
  }
  *ok = !in.common_words.empty() && !in.sample_en.empty() && !in.names_by_type.empty();
  if (in.sample_en.empty()) std::cerr << "gazette-bench: no sample texts under " << source_dir << "/examples/data\n";
  return in;
}

std::string TempPath(const std::string& stem) {
  return (std::filesystem::temp_directory_path() / ("gazette-bench-" + std::to_string(getpid()) + "-" + stem)).string();
}

bool WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

std::shared_ptr<const gazette::Extractor> BuildOrDie(const gazette::Config& cfg, const std::string& what) {
  gazette::BuildResult r = gazette::Extractor::Build(cfg);
  if (!r.ok()) {
    std::cerr << "gazette-bench: Build (" << what << ") failed with " << r.errors.size() << " error(s):\n";
    for (std::size_t i = 0; i < r.errors.size() && i < 20; ++i) std::cerr << "  " << r.errors[i] << "\n";
    std::exit(1);
  }
  return r.extractor;
}

std::size_t TotalAliases(const gazette::Extractor& ex) {
  std::size_t n = 0;
  for (const auto& [type, s] : ex.stats()) n += s.aliases;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Expected counts

struct Counts {
  std::size_t entities = 0;
  std::size_t relations = 0;
  std::size_t json_bytes = 0;  // when the run also wrote JSON
  bool operator==(const Counts& o) const { return entities == o.entities && relations == o.relations; }
};

struct ExpectedLine {
  std::size_t size_bytes = 0;
  std::string fingerprint;
  std::size_t docs = 0;
  std::string gazetteer;
  Counts counts;
};

std::vector<ExpectedLine> ReadExpected(const std::string& path) {
  std::vector<ExpectedLine> out;
  std::string text;
  if (!gb::ReadFile(path, &text)) return out;
  for (const std::string& line : Lines(text)) {
    if (line[0] == '#') continue;
    std::istringstream in(line);
    ExpectedLine e;
    if (in >> e.size_bytes >> e.fingerprint >> e.docs >> e.gazetteer >> e.counts.entities >> e.counts.relations)
      out.push_back(e);
  }
  return out;
}

bool WriteExpected(const std::string& path, std::vector<ExpectedLine> lines) {
  std::sort(lines.begin(), lines.end(), [](const ExpectedLine& a, const ExpectedLine& b) {
    return a.size_bytes != b.size_bytes ? a.size_bytes < b.size_bytes : a.gazetteer < b.gazetteer;
  });
  std::ostringstream out;
  out << "# GENERATED by tests/bench/gazette-bench --update-expected; DO NOT EDIT.\n"
         "# Regenerate: tests/bench/run.sh --size-mb 5 --update-expected && tests/bench/run.sh --update-expected\n"
         "# Full-pipeline (Extractor::Extract) totals on the generated corpus, one line per corpus size and gazetteer.\n"
         "# The fingerprint changes when the corpus does (gazetteers, common words, sample texts or the generator).\n"
         "# size_bytes\tfingerprint\tdocs\tgazetteer\tentities\trelations\n";
  for (const ExpectedLine& e : lines)
    out << e.size_bytes << '\t' << e.fingerprint << '\t' << e.docs << '\t' << e.gazetteer << '\t' << e.counts.entities
        << '\t' << e.counts.relations << '\n';
  return WriteFile(path, out.str());
}

std::string Hex64(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Pipeline runs

Counts ExtractAll(const gazette::Extractor& ex, const gb::Corpus& c) {
  Counts n;
  for (const std::string& d : c.docs) {
    gazette::Document doc = ex.Extract(d);
    n.entities += doc.entities.size();
    n.relations += doc.relations.size();
  }
  return n;
}

Counts ExtractAllThreads(const gazette::Extractor& ex, const gb::Corpus& c, int threads, bool json = false) {
  // One document at a time: documents differ in size (AnnoCTR reports are 10x the generated ones), and
  // an atomic increment per document costs nothing next to an Extract.
  constexpr std::size_t kChunk = 1;
  std::atomic<std::size_t> next{0};
  std::vector<Counts> per(static_cast<std::size_t>(threads));
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      Counts& mine = per[static_cast<std::size_t>(t)];
      for (std::size_t b; (b = next.fetch_add(kChunk)) < c.docs.size();) {
        for (std::size_t i = b; i < std::min(b + kChunk, c.docs.size()); ++i) {
          gazette::Document doc = ex.Extract(c.docs[i]);
          mine.entities += doc.entities.size();
          mine.relations += doc.relations.size();
          if (json) mine.json_bytes += gazette::ToJsonString(doc).size();
        }
      }
    });
  }
  for (std::thread& th : pool) th.join();
  Counts total;
  for (const Counts& p : per) {
    total.entities += p.entities;
    total.relations += p.relations;
    total.json_bytes += p.json_bytes;
  }
  return total;
}

std::string CountsText(const Counts& c) { return Thousands(c.entities) + " ent, " + Thousands(c.relations) + " rel"; }

struct GazetteerUnderTest {
  std::string label;
  std::shared_ptr<const gazette::Extractor> extractor;
  std::unique_ptr<gazette::Gazetteer> gazetteer;  // the same data compiled directly, for the matching row
  std::vector<std::string> peer_aliases;          // UniqueAliases of every alias
};

struct Peers {
  std::unique_ptr<gb::HyperscanMatcher> hs;
  std::string hs_error;
  double hs_compile = -1;
  std::unique_ptr<gb::Re2Matcher> re2;
  std::string re2_error;
  double re2_compile = -1;
  gb::NgramMatcher ngram;
  double ngram_build = -1;
};

struct CorpusResult {
  std::map<std::string, Counts> single;  // by gazetteer label
  std::map<std::string, Counts> threaded;
  std::map<std::string, double> seconds;  // named rows, for the ratio lines
  bool main_thread_mismatch = false;      // the main-thread pass counted differently
  double half_ratio = -1;                 // time(whole) / time(first half), scaled to exactly 2x bytes
};

CorpusResult BenchCorpus(const Flags& f, const gb::Corpus& corpus, std::vector<GazetteerUnderTest>& gazetteers,
                         std::vector<Peers>& peers, int threads, std::vector<Row>* rows) {
  CorpusResult res;
  const std::string cname = corpus.name + " " + Fixed(static_cast<double>(corpus.bytes) / 1e6, 0) + " MB";
  const std::size_t B = corpus.bytes, D = corpus.docs.size();
  auto add = [&](Row r) { rows->push_back(std::move(r)); };
  std::size_t count = 0;
  const int runs = f.runs;

  Progress(corpus.name + ": joining buffer");
  const std::string joined = corpus.Joined();

  Progress(corpus.name + ": byte scan");
  gb::ByteScanCount bs;
  double t_bytes = TimeMedian(runs, [&] { bs = gb::ByteScan(joined); return bs.words; }, &count);
  Progress(corpus.name + ": ICU");
  std::u16string u16;
  double t_conv = TimeMedian(runs, [&] { u16 = gb::IcuWordBreak::ToUtf16(joined); return u16.size(); });
  gb::IcuWordBreak icu;
  std::size_t icu_words = 0;
  double t_icu = TimeMedian(runs, [&] { return icu.CountWords(u16); }, &icu_words);
  u16.clear();
  u16.shrink_to_fit();
  res.seconds["icu"] = t_icu;
  add({"byte-scan floor (word count)", cname, "-", t_bytes, B, D, Thousands(bs.words) + " words", t_icu});
  add({"UTF-8 → UTF-16 (ICU fromUTF8)", cname, "-", t_conv, B, D, "-", t_icu});
  add({"(a) ICU word BreakIterator (UTF-16 given)", cname, "-", t_icu, B, D, Thousands(icu_words) + " words", t_icu});

  Progress(corpus.name + ": decode, normalize, tokenize");
  double t_decode = TimeMedian(runs, [&] {
    std::size_t n = 0;
    for (const std::string& d : corpus.docs) n += gazette::DecodeUtf8(d).cps.size();
    return n;
  }, &count);
  add({"UTF-8 decode (DecodeUtf8)", cname, "-", t_decode, B, D, Thousands(count) + " code points", t_icu});
  double t_norm = TimeMedian(runs, [&] {
    std::size_t n = 0;
    for (const std::string& d : corpus.docs) n += gazette::Normalize(d).text.size();
    return n;
  }, &count);
  add({"normalization (Normalize)", cname, "-", t_norm, B, D, Thousands(count) + " bytes out", t_icu});
  std::size_t sentences = 0;
  double t_tok = TimeMedian(runs, [&] {
    std::size_t n = 0;
    sentences = 0;
    for (const std::string& d : corpus.docs) {
      gazette::TokenizedText t = gazette::Tokenize(gazette::DecodeUtf8(d));
      sentences += gazette::SplitSentences(&t).size();
      n += t.tokens.size();
    }
    return n;
  }, &count);
  res.seconds["tokenize"] = t_tok;
  add({"tokenization + sentences (decode included)", cname, "-", t_tok, B, D,
       Thousands(count) + " tokens, " + Thousands(sentences) + " sent", t_icu});

  // Gazetteer matching alone, over texts tokenized beforehand (not timed).
  {
    Progress(corpus.name + ": pre-tokenizing for the matching row");
    std::vector<gazette::TokenizedText> toks;
    toks.reserve(D);
    for (const std::string& d : corpus.docs) {
      toks.push_back(gazette::Tokenize(gazette::DecodeUtf8(d)));
      gazette::SplitSentences(&toks.back());
    }
    for (GazetteerUnderTest& g : gazetteers) {
      Progress(corpus.name + ": gazetteer matching, " + g.label);
      std::size_t units = 0;
      double t = TimeMedian(runs, [&] {
        std::size_t hits = 0;
        units = 0;
        std::vector<gazette::GazetteerHit> out;
        for (const gazette::TokenizedText& text : toks) {
          std::vector<gazette::MatchUnit> u = gazette::MakeMatchUnits(text);
          units += u.size();
          out.clear();
          g.gazetteer->Match(text, u, &out);
          hits += out.size();
        }
        return hits;
      }, &count);
      res.seconds["match " + g.label] = t;
      add({"gazetteer matching (match units + trie)", cname, g.label, t, B, D, Thousands(count) + " hits", t_icu});
    }
  }

  for (GazetteerUnderTest& g : gazetteers) {
    // The 1-thread row runs on a fresh std::thread, like the N-thread row: glibc gives each new thread
    // its own malloc arena, while the main thread's heap is fragmented by the bench's earlier phases
    // (the "main thread" row shows what that costs).
    Progress(corpus.name + ": full Extract, 1 thread, " + g.label);
    Counts c1;
    double t1 = TimeMedian(runs, [&] { c1 = ExtractAllThreads(*g.extractor, corpus, 1); return c1.entities * 1000003 + c1.relations; });
    res.single[g.label] = c1;
    res.seconds["extract1 " + g.label] = t1;
    add({"full Extract, 1 thread", cname, g.label, t1, B, D, CountsText(c1), t_icu});
    Progress(corpus.name + ": full pipeline with JSON, 1 thread, " + g.label);
    Counts cj;
    double tj = TimeMedian(runs, [&] { cj = ExtractAllThreads(*g.extractor, corpus, 1, true); return cj.json_bytes; });
    res.seconds["pipeline1 " + g.label] = tj;
    add({"full pipeline: Extract + JSON (ToJsonString), 1 thread", cname, g.label, tj, B, D,
         CountsText(cj) + ", " + Thousands(cj.json_bytes) + " JSON bytes", t_icu});
    if (&g == &gazetteers[0]) {
      // Linear growth: the same pipeline over the first half of the corpus.
      gb::Corpus half = corpus.Prefix(corpus.bytes / 2);
      Progress(corpus.name + ": full Extract, 1 thread, first half of the corpus");
      Counts ch;
      double th = TimeMedian(runs, [&] { ch = ExtractAllThreads(*g.extractor, half, 1); return ch.entities; });
      res.half_ratio = th > 0 ? t1 / th * static_cast<double>(half.bytes) * 2.0 / static_cast<double>(corpus.bytes) : -1;
      add({"full Extract, 1 thread, first half of the corpus (" + Thousands(half.bytes) + " bytes)", cname, g.label, th,
           half.bytes, half.docs.size(), CountsText(ch), -1});
      // Stage costs by difference: the same extractor data with later stages switched off.
      gazette::Config gazetteer_only;
      gazetteer_only.entity_rules = false;
      gazetteer_only.coreference = false;
      gazetteer_only.relations = false;
      gazette::Config no_relations;
      no_relations.relations = false;
      auto ex_gazetteer = BuildOrDie(gazetteer_only, "gazetteer only");
      auto ex_rules = BuildOrDie(no_relations, "no relations");
      Progress(corpus.name + ": Extract, gazetteer only");
      Counts cg;
      double tg = TimeMedian(runs, [&] { cg = ExtractAllThreads(*ex_gazetteer, corpus, 1); return cg.entities; });
      res.seconds["extract-gazetteer"] = tg;
      add({"Extract, gazetteer stage only (text layer + matching + output)", cname, g.label, tg, B, D, CountsText(cg), t_icu});
      Progress(corpus.name + ": Extract, no relations");
      Counts cr;
      double tr = TimeMedian(runs, [&] { cr = ExtractAllThreads(*ex_rules, corpus, 1); return cr.entities; });
      res.seconds["extract-rules"] = tr;
      add({"Extract with entity rules, no relations", cname, g.label, tr, B, D, CountsText(cr), t_icu});
      add({"entity rules (difference of the two rows above)", cname, g.label, std::max(tr - tg, 1e-9), B, D, "-", t_icu});
      add({"relations (full Extract minus the no-relations row)", cname, g.label, std::max(t1 - tr, 1e-9), B, D, "-", t_icu});
      Progress(corpus.name + ": full Extract, main thread, " + g.label);
      Counts cm;
      double tm = TimeMedian(runs, [&] { cm = ExtractAll(*g.extractor, corpus); return cm.entities * 1000003 + cm.relations; });
      res.seconds["extract-main " + g.label] = tm;
      if (!(cm == c1)) res.main_thread_mismatch = true;
      add({"full Extract, 1 thread, on the main thread (heap used by earlier phases)", cname, g.label, tm, B, D,
           CountsText(cm), t_icu});
    }
    Progress(corpus.name + ": full Extract, " + std::to_string(threads) + " threads, " + g.label);
    Counts cn;
    double tn = TimeMedian(runs, [&] { cn = ExtractAllThreads(*g.extractor, corpus, threads); return cn.entities * 1000003 + cn.relations; });
    res.threaded[g.label] = cn;
    res.seconds["extractN " + g.label] = tn;
    add({"full Extract, " + std::to_string(threads) + " threads (one shared Extractor)", cname, g.label, tn, B, D,
         CountsText(cn), t_icu});
  }

  {
    Progress(corpus.name + ": JSON");
    std::vector<gazette::Document> docs;
    docs.reserve(D);
    const uint64_t allocs_before = t_allocations;
    for (const std::string& d : corpus.docs) docs.push_back(gazetteers[0].extractor->Extract(d));
    const uint64_t allocs = t_allocations - allocs_before;
    add({"heap allocations (operator new) in full Extract", cname, gazetteers[0].label, -1, 0, 0,
         Thousands(allocs / std::max<std::size_t>(D, 1)) + " per doc, " + Fixed(static_cast<double>(allocs) * 1000.0 / static_cast<double>(B), 0) + " per KB", -1});
    // The CLI's writer (ToJsonString, byte-identical to the nlohmann tree, tested), then the tree for scale.
    double t = TimeMedian(runs, [&] {
      std::size_t n = 0;
      for (const gazette::Document& d : docs) n += gazette::ToJsonString(d).size();
      return n;
    }, &count);
    res.seconds["json"] = t;
    add({"JSON writing (ToJsonString, as the CLI)", cname, gazetteers[0].label, t, B, D, Thousands(count) + " bytes", t_icu});
    std::size_t tree_count = 0;
    double t_tree = TimeMedian(runs, [&] {
      std::size_t n = 0;
      for (const gazette::Document& d : docs) n += gazette::ToJson(d).dump().size();
      return n;
    }, &tree_count);
    add({"JSON writing (nlohmann ToJson + dump)", cname, gazetteers[0].label, t_tree, B, D, Thousands(tree_count) + " bytes",
         t_icu});
  }

  // Peers over the joined buffer.
  for (std::size_t gi = 0; gi < gazetteers.size(); ++gi) {
    GazetteerUnderTest& g = gazetteers[gi];
    Peers& p = peers[gi];
    if (p.hs) {
      Progress(corpus.name + ": Hyperscan, " + g.label);
      double t = TimeMedian(runs, [&] { return p.hs->Count(joined); }, &count);
      res.seconds["hs " + g.label] = t;
      add({"(b) Hyperscan literal set, caseless", cname, g.label, t, B, D, Thousands(count) + " matches", t_icu});
    } else {
      add({"(b) Hyperscan literal set, caseless", cname, g.label, -1, 0, 0, "n/a", -1});
    }
    if (p.re2) {
      gb::Corpus prefix = corpus.Prefix(static_cast<std::size_t>(f.re2_prefix_mb * 1e6));
      std::string pj = prefix.Joined();
      double scale = static_cast<double>(joined.size()) / static_cast<double>(pj.size());
      // Time-limited: after a run slower than 10 s the median is of the runs so far.
      Progress(corpus.name + ": RE2 alternation on " + Fixed(static_cast<double>(pj.size()) / 1e6, 1) + " MB prefix, " + g.label);
      std::vector<double> rt;
      int re2_runs = 0;
      while (re2_runs < runs) {
        Clock::time_point a = Clock::now();
        count = p.re2->Count(pj);
        rt.push_back(Seconds(a, Clock::now()));
        ++re2_runs;
        if (rt.back() > 10) break;
      }
      double t = Median(rt) * scale;
      res.seconds["re2 " + g.label] = t;
      add({"(c) RE2 alternation \\b(?:…)\\b, (?i) — " + Fixed(static_cast<double>(pj.size()) / 1e6, 1) + " MB prefix ×" + Fixed(scale, 1) +
               (re2_runs < runs ? ", " + std::to_string(re2_runs) + " run(s), time-limited" : ""),
           cname, g.label, t, B, D, "~" + Thousands(static_cast<std::size_t>(static_cast<double>(count) * scale)) + " matches (scaled)", t_icu});
    } else {
      add({"(c) RE2 alternation" + (p.re2_error.empty() ? std::string() : " — " + p.re2_error), cname, g.label, -1, 0, 0,
           "n/a", -1});
    }
    Progress(corpus.name + ": n-gram hash matcher, " + g.label);
    double t = TimeMedian(runs, [&] { return p.ngram.Count(joined); }, &count);
    res.seconds["ngram " + g.label] = t;
    add({"(d) token n-gram hash matcher", cname, g.label, t, B, D, Thousands(count) + " matches", t_icu});
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// Pathological inputs

struct PathCase {
  std::string name;
  std::function<std::string(double)> make;  // input at the given multiple of the base size
  std::function<std::string(double)> size_label;
  bool build = false;  // time Build with the input as a gazetteer file, not Extract
};

int RunPathological(const Flags& f, const gb::GeneratorInputs& in, const gb::GeneratedNames& names) {
  const double s = f.path_scale;
  Progress("pathological: building the default extractor");
  auto ex = BuildOrDie(gazette::Config{}, "bundled");
  // Real text with every white-space byte removed, for the no-spaces case.
  std::string nospace;
  {
    std::size_t want = static_cast<std::size_t>(2 * 10e6 * s) + 16;
    gb::Corpus c = gb::GenerateCorpus(in, names, static_cast<std::size_t>(static_cast<double>(want) * 1.25), kCorpusSeed);
    nospace.reserve(want);
    for (const std::string& d : c.docs)
      for (char ch : d)
        if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') nospace += ch;
  }
  auto utf8_prefix = [](const std::string& str, std::size_t n) {
    n = std::min(n, str.size());
    while (n > 0 && n < str.size() && (static_cast<unsigned char>(str[n]) & 0xC0) == 0x80) --n;
    return str.substr(0, n);
  };
  auto mb = [](double bytes) { return Fixed(bytes / 1e6, 1) + " MB"; };
  auto count_label = [](double n, const char* unit) {
    return n >= 1e6 ? Fixed(n / 1e6, 1) + " M " + unit : Thousands(static_cast<std::size_t>(n)) + " " + unit;
  };
  std::vector<PathCase> cases;
  cases.push_back({"10 MB of news text without white space",
                   [&, s](double k) { return utf8_prefix(nospace, static_cast<std::size_t>(10e6 * s * k)); },
                   [&, s](double k) { return mb(10e6 * s * k); }});
  cases.push_back({"10 MB of one letter (a single word)",
                   [s](double k) { return std::string(static_cast<std::size_t>(10e6 * s * k), 'a'); },
                   [&, s](double k) { return mb(10e6 * s * k); }});
  cases.push_back({"1 M capitalized words",
                   [s](double k) {
                     gb::Rng rng(99);
                     std::string out;
                     std::size_t n = static_cast<std::size_t>(1e6 * s * k);
                     static const char* kSyl[] = {"Ka", "Lo", "Mi", "Ren", "Dor", "Vel", "San", "Tri", "Bel", "Mar", "Qui", "Zan"};
                     static const char* kTail[] = {"kov", "ra", "lin", "dez", "ton", "mir", "sa", "vek"};
                     for (std::size_t i = 0; i < n; ++i) {
                       if (i) out += ' ';
                       out += kSyl[rng.Below(12)];
                       out += kTail[rng.Below(8)];
                     }
                     return out;
                   },
                   [&, s](double k) { return count_label(1e6 * s * k, "words"); }});
  cases.push_back({"100k × \"warned \"",
                   [s](double k) {
                     std::size_t n = static_cast<std::size_t>(1e5 * s * k);
                     std::string out;
                     out.reserve(n * 7);
                     for (std::size_t i = 0; i < n; ++i) out += "warned ";
                     return out;
                   },
                   [&, s](double k) { return count_label(1e5 * s * k, "reps"); }});
  cases.push_back({"100k nested brackets ((((x))))",
                   [s](double k) {
                     std::size_t n = static_cast<std::size_t>(1e5 * s * k);
                     return std::string(n, '(') + "APT28" + std::string(n, ')');
                   },
                   [&, s](double k) { return count_label(1e5 * s * k, "levels"); }});
  cases.push_back({"100k × \"the group APT28 \" (anaphora, one sentence)",
                   [s](double k) {
                     std::size_t n = static_cast<std::size_t>(1e5 * s * k);
                     std::string out;
                     for (std::size_t i = 0; i < n; ++i) out += "the group APT28 ";
                     return out;
                   },
                   [&, s](double k) { return count_label(1e5 * s * k, "reps"); }});
  cases.push_back({"Build: 1 M aliases sharing a prefix",
                   [s](double k) {
                     std::size_t n = static_cast<std::size_t>(1e6 * s * k);
                     std::string out = "id\ttype\tcanonical\taliases\tattributes\n";
                     out.reserve(n * 64);
                     for (std::size_t i = 0; i < n; ++i) {
                       // Unique letters-only suffix (base 26), so every alias is "zyx common prefix <word>".
                       std::string w;
                       std::size_t v = i;
                       do { w += static_cast<char>('a' + v % 26); v /= 26; } while (v);
                       out += "org:p" + std::to_string(i) + "\tORGANIZATION\tZyx Common Prefix Q" + w + "\t\t\n";
                     }
                     return out;
                   },
                   [&, s](double k) { return count_label(1e6 * s * k, "aliases"); }, true});

  const int runs = std::min(f.runs, 3);
  bool all_pass = true;
  std::vector<std::string> lines;
  for (const PathCase& c : cases) {
    if (!f.path_case.empty() && c.name.find(f.path_case) == std::string::npos) continue;
    // Both sizes are prepared first and their runs alternate (1x, 2x, 1x, 2x, ...), so a burst of load
    // from elsewhere on the machine falls on both sides of the ratio.
    std::string inputs[2], tsvs[2];
    for (int m = 0; m < 2; ++m) {
      inputs[m] = c.make(m + 1);
      if (c.build) {
        tsvs[m] = TempPath("pathological-" + std::to_string(m + 1) + "x.tsv");
        WriteFile(tsvs[m], inputs[m]);
        inputs[m].clear();
        inputs[m].shrink_to_fit();
      }
    }
    std::shared_ptr<const gazette::Extractor> kept;  // released before the next run's clock starts
    auto run = [&](int m) -> double {
      Clock::time_point a = Clock::now();
      if (c.build) {
        gazette::Config cfg;
        cfg.gazetteer_paths = {tsvs[m]};
        gazette::BuildResult r = gazette::Extractor::Build(cfg);
        if (!r.ok()) std::cerr << "  Build failed: " << r.errors.front() << "\n";
        kept = r.extractor;
      } else {
        gazette::Document d = ex->Extract(inputs[m]);
      }
      double t = Seconds(a, Clock::now());
      kept.reset();
      return t;
    };
    std::vector<double> t[2];
    std::string verdict;
    for (int r = 0; r < runs && verdict.empty(); ++r) {
      for (int m = 0; m < 2 && verdict.empty(); ++m) {
        Progress("pathological: " + c.name + " at " + c.size_label(m + 1) + ", run " + std::to_string(r + 1));
        t[m].push_back(run(m));
        Progress("  " + FormatSeconds(t[m].back()));
        if (t[m].back() > f.path_limit_s * (m + 1))
          verdict = "FAIL (" + c.size_label(m + 1) + " took " + FormatSeconds(t[m].back()) + ", over the " +
                    Fixed(f.path_limit_s * (m + 1), 0) + " s limit)";
      }
    }
    for (const std::string& path : tsvs)
      if (!path.empty()) std::filesystem::remove(path);
    double times[2] = {t[0].empty() ? -1 : Median(t[0]), t[1].empty() ? -1 : Median(t[1])};
    double ratio = times[0] > 0 && times[1] > 0 ? times[1] / times[0] : -1;
    if (verdict.empty()) verdict = ratio <= 2.5 ? "PASS" : "FAIL";
    all_pass &= verdict == "PASS";
    lines.push_back("| " + c.name + " | " + c.size_label(1) + " | " + FormatSeconds(times[0]) + " | " + c.size_label(2) +
                    " | " + FormatSeconds(times[1]) + " | " + (ratio > 0 ? Fixed(ratio, 2) : std::string("-")) + " | " +
                    verdict + " |");
  }
  std::cout << "| Pathological input | 1x | Time 1x | 2x | Time 2x | 2x / 1x | ≤ 2.5 |\n|---|---|---:|---|---:|---:|---|\n";
  for (const std::string& l : lines) std::cout << l << "\n";
  std::cout << "\nExtract times are one call on one document; Build times include reading and parsing the TSV. "
               "Median of " << runs << " runs per size, 1x and 2x runs alternating. Peak RSS " << Fixed(PeakRssMb(), 0) << " MB.\n";
  std::cout << (all_pass ? "Pathological: PASS\n" : "Pathological: FAIL\n");
  return all_pass ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Flags f;
  if (!ParseFlags(argc, argv, &f)) return 2;
  const int threads =
      f.threads > 0 ? f.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  Progress("loading bundled data");
  gazette::Config default_cfg;
  Bundled bundled = LoadBundled(default_cfg);
  if (!bundled.errors.empty()) {
    std::cerr << "gazette-bench: bundled gazetteers have errors, e.g. " << bundled.errors.front() << "\n";
    return 1;
  }
  bool inputs_ok = false;
  gb::GeneratorInputs inputs = MakeGeneratorInputs(bundled, f.source_dir, &inputs_ok);
  if (!inputs_ok) {
    std::cerr << "gazette-bench: missing generator inputs (sample texts, common words or gazetteers) under "
              << f.source_dir << "; pass --source-dir\n";
    return 1;
  }
  std::unordered_set<std::string> taken;
  for (const gazette::AliasRecord& a : bundled.data.aliases) taken.insert(AsciiLower(a.text));
  Progress("generating " + std::to_string(f.names) + " person and organization names");
  gb::GeneratedNames names = gb::GenerateNames(f.names / 2, f.names - f.names / 2, kNamesSeed, taken);

  if (f.pathological) return RunPathological(f, inputs, names);

  const std::string names_tsv = TempPath("names.tsv");
  if (!WriteFile(names_tsv, gb::NamesTsv(names))) {
    std::cerr << "gazette-bench: cannot write " << names_tsv << "\n";
    return 1;
  }
  const std::size_t target = static_cast<std::size_t>(f.size_mb * 1e6);
  Progress("generating the corpus (" + Fixed(f.size_mb, 1) + " MB)");
  std::vector<gb::Corpus> corpora;
  corpora.push_back(gb::GenerateCorpus(inputs, names, target, kCorpusSeed));
  const uint64_t fingerprint = gb::Fingerprint(corpora[0]);
  if (!f.dump_corpus.empty()) {
    std::filesystem::remove(names_tsv);
    if (!WriteFile(f.dump_corpus, corpora[0].Joined())) {
      std::cerr << "gazette-bench: cannot write " << f.dump_corpus << "\n";
      return 1;
    }
    std::cerr << "wrote " << corpora[0].docs.size() << " documents (" << corpora[0].bytes << " bytes, fingerprint "
              << Hex64(fingerprint) << ") to " << f.dump_corpus << "\n";
    return 0;
  }
  if (f.eval) {
    gb::Corpus ev = gb::LoadEvalCorpus(f.eval_dir, target);
    if (ev.docs.empty()) Progress("no evaluation texts under " + f.eval_dir + "; that corpus is skipped");
    else corpora.push_back(std::move(ev));
  }

  if (f.extract_only) {
    gazette::Config cfg;
    if (f.extract_only_large) cfg.gazetteer_paths = {names_tsv};
    auto ex = BuildOrDie(cfg, "extract-only");
    Counts c;
    double t = TimeMedian(f.runs, [&] { c = ExtractAll(*ex, corpora[0]); return c.entities; });
    std::cout << "full Extract, 1 thread, " << (f.extract_only_large ? "large" : "bundled") << ": " << FormatSeconds(t) << ", " << Fixed(static_cast<double>(corpora[0].bytes) / 1e6 / t, 1)
              << " MB/s, " << CountsText(c) << "\n";
    std::filesystem::remove(names_tsv);
    return 0;
  }

  std::vector<Row> rows;
  const std::string big_label = f.names == 100000 ? "bundled+100k" : "bundled+" + std::to_string(f.names);

  // Build, both sizes.
  std::vector<GazetteerUnderTest> gazetteers(2);
  gazetteers[0].label = "bundled";
  gazetteers[1].label = big_label;
  gazette::Config big_cfg;
  big_cfg.gazetteer_paths = {names_tsv};
  double rss_before = CurrentRssMb();
  for (std::size_t g = 0; g < 2; ++g) {
    const gazette::Config& cfg = g == 0 ? default_cfg : big_cfg;
    Progress("Build, " + gazetteers[g].label);
    // Destroying the previous extractor is not part of Build: it happens before the clock starts.
    std::vector<double> times;
    for (int r = 0; r < f.runs; ++r) {
      gazetteers[g].extractor.reset();
      Clock::time_point a = Clock::now();
      gazetteers[g].extractor = BuildOrDie(cfg, gazetteers[g].label);
      times.push_back(Seconds(a, Clock::now()));
    }
    double t = Median(times);
    std::size_t aliases = TotalAliases(*gazetteers[g].extractor);
    rows.push_back({"Extractor::Build", "-", gazetteers[g].label, t, 0, 0, Thousands(aliases) + " aliases", -1});
  }
  double rss_extractors = CurrentRssMb() - rss_before;
  rows.push_back({"RSS of the two extractors (statm delta)", "-", "both", -1, 0, 0, Fixed(rss_extractors, 0) + " MB", -1});

  // The same data compiled directly, for the matching row, and the peers.
  std::vector<Peers> peers(2);
  for (std::size_t g = 0; g < 2; ++g) {
    Progress("compiling the matcher and peers, " + gazetteers[g].label);
    Bundled b = LoadBundled(default_cfg);
    if (g == 1) {
      std::string tsv;
      gb::ReadFile(names_tsv, &tsv);
      gazette::LoadGazetteerTsv(tsv, names_tsv, default_cfg, &b.data, &b.errors);
    }
    gazetteers[g].peer_aliases = gb::UniqueAliases(AliasTexts(b.data));
    gazetteers[g].gazetteer = std::make_unique<gazette::Gazetteer>(
        gazette::Gazetteer::Compile(std::move(b.data), b.common_words, default_cfg, &b.errors));
    const std::vector<std::string>& aliases = gazetteers[g].peer_aliases;
    Peers& p = peers[g];
    const std::string& label = gazetteers[g].label;
    if (f.hyperscan && gb::HyperscanMatcher::Available()) {
      p.hs = std::make_unique<gb::HyperscanMatcher>();
      Clock::time_point a = Clock::now();
      if (!p.hs->Compile(aliases, &p.hs_error)) {
        std::cerr << "Hyperscan compile failed: " << p.hs_error << "\n";
        p.hs.reset();
      } else {
        p.hs_compile = Seconds(a, Clock::now());
      }
    }
    rows.push_back({"(b) Hyperscan compile", "-", label, p.hs ? p.hs_compile : -1, 0, 0,
                    p.hs ? Thousands(aliases.size()) + " literals" : "n/a", -1});
    if (f.re2) {
      p.re2 = std::make_unique<gb::Re2Matcher>();
      Clock::time_point a = Clock::now();
      if (!p.re2->Compile(aliases, int64_t{4} << 30, &p.re2_error)) {
        std::cerr << "RE2 compile failed: " << p.re2_error << "\n";
        p.re2.reset();
      } else {
        p.re2_compile = Seconds(a, Clock::now());
      }
    }
    rows.push_back({"(c) RE2 compile (max_mem 4 GiB)", "-", label, p.re2 ? p.re2_compile : -1, 0, 0,
                    p.re2 ? Thousands(aliases.size()) + " alternatives, prog " + Thousands(p.re2->ProgramSize()) : "n/a", -1});
    Clock::time_point a = Clock::now();
    p.ngram.Build(aliases);
    p.ngram_build = Seconds(a, Clock::now());
    rows.push_back({"(d) n-gram hash matcher build", "-", label, p.ngram_build, 0, 0, Thousands(aliases.size()) + " aliases", -1});
  }

  std::vector<CorpusResult> results;
  for (const gb::Corpus& c : corpora) results.push_back(BenchCorpus(f, c, gazetteers, peers, threads, &rows));
  rows.push_back({"peak RSS (getrusage, whole run)", "-", "-", -1, 0, 0, Fixed(PeakRssMb(), 0) + " MB", -1});

  // Correctness.
  bool ok = true;
  std::vector<std::string> check_lines;
  const CorpusResult& gen = results[0];
  if (gen.main_thread_mismatch) {
    ok = false;
    check_lines.push_back("FAIL: the main-thread pass and the worker-thread pass gave different counts");
  }
  for (const GazetteerUnderTest& g : gazetteers) {
    if (!(gen.single.at(g.label) == gen.threaded.at(g.label))) {
      ok = false;
      check_lines.push_back("FAIL: " + g.label + ": " + std::to_string(threads) + " threads gave " +
                            CountsText(gen.threaded.at(g.label)) + ", 1 thread " + CountsText(gen.single.at(g.label)));
    }
  }
  std::vector<ExpectedLine> expected = ReadExpected(f.expected);
  if (f.update_expected) {
    expected.erase(std::remove_if(expected.begin(), expected.end(), [&](const ExpectedLine& e) { return e.size_bytes == target; }),
                   expected.end());
    for (const GazetteerUnderTest& g : gazetteers)
      expected.push_back({target, Hex64(fingerprint), corpora[0].docs.size(), g.label, gen.single.at(g.label)});
    if (!WriteExpected(f.expected, expected)) {
      std::cerr << "gazette-bench: cannot write " << f.expected << "\n";
      ok = false;
    } else {
      check_lines.push_back("Expected counts for " + std::to_string(target) + " bytes written to " + f.expected);
    }
  } else {
    for (const GazetteerUnderTest& g : gazetteers) {
      const Counts& got = gen.single.at(g.label);
      auto it = std::find_if(expected.begin(), expected.end(),
                             [&](const ExpectedLine& e) { return e.size_bytes == target && e.gazetteer == g.label; });
      if (it == expected.end()) {
        check_lines.push_back("NOT CHECKED: " + g.label + ": no expected counts for a " + std::to_string(target) +
                              "-byte corpus in " + f.expected + " (got " + CountsText(got) + ")");
        continue;
      }
      if (it->fingerprint != Hex64(fingerprint) || it->docs != corpora[0].docs.size()) {
        ok = false;
        check_lines.push_back("FAIL: the generated corpus changed (fingerprint " + Hex64(fingerprint) + ", " +
                              std::to_string(corpora[0].docs.size()) + " docs; expected " + it->fingerprint + ", " +
                              std::to_string(it->docs) + " docs): gazetteers, common words, sample texts or the "
                              "generator changed. Got " + CountsText(got) + ". If intended: --update-expected");
        continue;
      }
      if (!(got == it->counts)) {
        ok = false;
        check_lines.push_back("FAIL: " + g.label + ": got " + CountsText(got) + ", expected " + CountsText(it->counts) +
                              " (" + f.expected + "; if the change is intended: --update-expected)");
      } else {
        check_lines.push_back("PASS: " + g.label + ": " + CountsText(got) + " as expected");
      }
    }
  }

  // Output: the table, then the ratios and the check.
  std::cout << "\n";
  PrintTable(rows);
  std::cout << "\nRatios (time / time; same corpus, same process):\n";
  for (std::size_t ci = 0; ci < corpora.size(); ++ci) {
    const CorpusResult& r = results[ci];
    auto sec = [&](const std::string& k) { auto it = r.seconds.find(k); return it == r.seconds.end() ? -1.0 : it->second; };
    auto ratio = [&](const std::string& a, const std::string& b) {
      double x = sec(a), y = sec(b);
      return x > 0 && y > 0 ? Fixed(x / y, 2) + "x" : std::string("n/a");
    };
    std::cout << "- " << corpora[ci].name << ":\n";
    std::cout << "  - tokenization + sentences = " << ratio("tokenize", "icu") << " ICU word break\n";
    for (const GazetteerUnderTest& g : gazetteers) {
      const std::string& l = g.label;
      std::cout << "  - full pipeline with JSON, 1 thread, " << l << " = " << ratio("pipeline1 " + l, "icu") << " ICU word break\n";
      std::cout << "  - full Extract, 1 thread, " << l << " = " << ratio("extract1 " + l, "icu") << " ICU word break; "
                << threads << " threads = " << ratio("extract1 " + l, "extractN " + l) << " faster than 1 thread\n";
      if (r.seconds.count("extract-main " + l))
        std::cout << "  - full pipeline on the main thread (fragmented heap), " << l << " = "
                  << ratio("extract-main " + l, "extract1 " + l) << " the time on a fresh thread\n";
      std::cout << "  - gazetteer matching, " << l << " = " << ratio("match " + l, "hs " + l) << " Hyperscan, "
                << ratio("match " + l, "re2 " + l) << " RE2 (scaled), " << ratio("match " + l, "ngram " + l)
                << " n-gram hash matcher\n";
    }
    std::cout << "  - JSON writing = " << ratio("json", "extract1 bundled") << " of full Extract (1 thread, bundled)\n";
    if (r.half_ratio > 0)
      std::cout << "  - 2x input = " << Fixed(r.half_ratio, 2)
                << "x time (full Extract, whole corpus vs its first half, scaled to exactly 2x bytes; target <= 2.2)\n";
  }
  std::cout << "\nCorrectness (generated corpus, fingerprint " << Hex64(fingerprint) << ", " << corpora[0].docs.size()
            << " docs):\n";
  for (const std::string& l : check_lines) std::cout << "- " << l << "\n";
  std::cout << (ok ? "Bench: PASS\n" : "Bench: FAIL\n");
  std::filesystem::remove(names_tsv);
  return ok ? 0 : 1;
}
