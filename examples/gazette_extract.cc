// gazette-extract: a thin command-line front end over the public API. Reads documents (text files
// or JSON Lines), extracts with one shared Extractor on N threads, and writes JSON or STIX in input
// order. Memory stays bounded: documents are read and written in batches, never the whole input at
// once (with --stix-single-bundle the bundle's objects are kept, but not the documents).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_options.h"
#include "jsonl_reader.h"
#include "gazette/gazette.h"

namespace {

// One document of a batch. Jobs are reused from batch to batch, so their strings keep their
// capacity (up to kKeepBytes).
struct Job {
  std::string id;
  std::string text;
  nlohmann::json extra;     // other JSONL fields, copied through
  bool has_extra = false;
  std::string input_warning;
  std::size_t input_bytes = 0;               // bytes of input this document was read from
  std::string output;                        // serialized result
  std::unique_ptr<gazette::Document> doc;    // kept for --stix-single-bundle, added in input order
};

class Output {
 public:
  explicit Output(const gazette_cli::Options& o) : json_array_(o.output_format == "json" && !o.dump_tokens) {
    if (!o.output_path.empty()) {
      file_ = std::fopen(o.output_path.c_str(), "wb");
      if (!file_) {
        std::cerr << "gazette-extract: cannot open " << o.output_path << " for writing: " << std::strerror(errno) << '\n';
        failed_ = true;
      }
      name_ = o.output_path;
    } else {
      file_ = stdout;
      name_ = "standard output";
    }
  }
  bool failed() const { return failed_; }
  bool Write(std::string_view doc) {
    if (failed_) return false;
    const bool first = count_++ == 0;
    if (json_array_) return Put(first ? "[\n" : ",\n") && Put(doc);
    return Put(doc) && Put("\n");
  }
  /// Writes `s` as it is, outside any array (--dump-tokens).
  bool WriteRaw(std::string_view s) { return !failed_ && Put(s); }
  bool Close() {
    if (failed_) return false;
    if (json_array_) Put(count_ == 0 ? "[]\n" : "\n]\n");
    if (!failed_ && std::fflush(file_) != 0) Fail();
    if (file_ != stdout && std::fclose(file_) != 0 && !failed_) Fail();
    return !failed_;
  }
  bool broken_pipe() const { return broken_pipe_; }

 private:
  bool Put(std::string_view s) {
    if (std::fwrite(s.data(), 1, s.size(), file_) != s.size()) Fail();
    return !failed_;
  }
  void Fail() {
    if (errno == EPIPE) broken_pipe_ = true;
    else std::cerr << "gazette-extract: cannot write to " << name_ << ": " << std::strerror(errno) << '\n';
    failed_ = true;
  }
  bool json_array_;
  std::FILE* file_ = nullptr;
  std::string name_;
  bool failed_ = false;
  bool broken_pipe_ = false;
  std::size_t count_ = 0;
};

std::string StemOf(const std::string& path) {
  if (path == "-") return "stdin";
  std::size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// Strings and Documents above this capacity are released after use rather than kept for reuse, so
// one huge document does not pin its memory for the rest of the run.
constexpr std::size_t kKeepBytes = std::size_t{64} << 10;

// Extracts the first `count` jobs of the batch on `threads` threads and fills their output (or keeps
// the Document for the single STIX bundle, which the main thread builds in input order). Each thread
// extracts into its own Document of `docs`, reused from job to job and batch to batch.
void Process(const gazette::Extractor& ex, const gazette_cli::Options& opt, std::vector<Job>* batch, std::size_t count,
             unsigned threads, std::vector<gazette::Document>* docs) {
  const bool stix = opt.output_format == "stix";
  const bool pretty = opt.output_format == "json";
  gazette::StixOptions stix_options;
  stix_options.published = opt.published;
  stix_options.attribute = [&ex](const std::string& id, const std::string& key) { return ex.Attribute(id, key); };
  std::atomic<std::size_t> next{0};
  auto work = [&](gazette::Document& doc) {
    for (std::size_t i = next++; i < count; i = next++) {
      Job& job = (*batch)[i];
      if (doc.text.capacity() > kKeepBytes) doc = gazette::Document();  // the previous job's was huge
      ex.ExtractInto(job.text, job.id, &doc);
      if (job.text.capacity() > kKeepBytes) std::string().swap(job.text);
      if (!job.input_warning.empty()) doc.warnings.insert(doc.warnings.begin(), job.input_warning);
      if (stix && opt.stix_single_bundle) {
        job.doc = std::make_unique<gazette::Document>(std::move(doc));
        doc = gazette::Document();  // moved from: the next job starts from an empty one
        continue;
      }
      // Fast path: compact output with no input fields to merge writes the JSON directly.
      bool only_id = !job.has_extra || job.extra.empty() ||
                     (job.extra.size() == 1 && job.extra.contains("id") && job.extra["id"].is_string());
      if (!stix && !pretty && only_id) {
        job.output.clear();
        gazette::AppendJson(doc, &job.output);
        continue;
      }
      nlohmann::json j = stix ? gazette::ToStixBundle(doc, stix_options) : gazette::ToJson(doc);
      if (job.has_extra && !stix) {
        nlohmann::json merged = job.extra;
        merged["id"] = job.extra.contains("id") ? job.extra["id"] : nlohmann::json(job.id);
        for (auto& [k, v] : j.items())
          if (k != "id") merged[k] = v;
        j = std::move(merged);
      }
      job.output = j.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  };
  unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(count)));
  if (docs->size() < n) docs->resize(n);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work, std::ref((*docs)[t]));
  work((*docs)[0]);
  for (auto& t : pool) t.join();
}

// Total bytes of the inputs when every one is a regular file (or standard input redirected from
// one); 0 when unknown (a pipe or terminal), so no percentage or ETA is shown.
std::uintmax_t TotalInputBytes(const std::vector<std::string>& inputs) {
  std::uintmax_t total = 0;
  for (const std::string& path : inputs) {
    struct stat st;
    int rc = path == "-" ? fstat(STDIN_FILENO, &st) : stat(path.c_str(), &st);
    if (rc != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<std::uintmax_t>(st.st_size);
  }
  return total;
}

// Progress on standard error: one rewritten line on a terminal, one line per update elsewhere. On by
// --progress, or by default when standard error is a terminal and the run lasts over a second.
class Progress {
 public:
  Progress(const gazette_cli::Options& o, std::uintmax_t total_bytes)
      : tty_(isatty(STDERR_FILENO) != 0),
        enabled_(!o.no_progress && (o.progress || tty_)),
        forced_(o.progress),
        total_(total_bytes),
        start_(std::chrono::steady_clock::now()) {}

  void Update(std::size_t docs, std::uintmax_t bytes, bool final_update) {
    if (!enabled_) return;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (!forced_ && secs < 1.0 && !shown_) return;  // quick runs on a terminal stay quiet
    if (!final_update && shown_ && secs - last_ < (tty_ ? 0.25 : 1.0)) return;
    if (final_update && !shown_ && !forced_) return;
    last_ = secs;
    std::ostringstream line;
    line.setf(std::ios::fixed);
    line.precision(1);
    line << "gazette-extract: " << docs << " documents, " << static_cast<double>(bytes) / 1e6 << " MB, "
         << (secs > 0 ? static_cast<double>(docs) / secs : 0.0) << " docs/s";
    if (total_ > 0 && bytes <= total_) {
      line << ", " << 100.0 * static_cast<double>(bytes) / static_cast<double>(total_) << "%";
      if (!final_update && bytes > 0)
        line << ", ETA " << FormatSeconds(secs * static_cast<double>(total_ - bytes) / static_cast<double>(bytes));
    }
    if (tty_) std::cerr << '\r' << line.str() << "\x1b[K" << (final_update ? "\n" : "") << std::flush;
    else std::cerr << line.str() << '\n' << std::flush;
    shown_ = true;
  }

 private:
  static std::string FormatSeconds(double s) {
    long t = std::lround(s);
    char buf[32];
    if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
    return buf;
  }
  bool tty_;
  bool enabled_;
  bool forced_;
  std::uintmax_t total_;
  std::chrono::steady_clock::time_point start_;
  double last_ = 0;
  bool shown_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  gazette_cli::Options opt;
  std::string error;
  if (!gazette_cli::ParseOptions(argc, argv, &opt, &error)) {
    std::cerr << "gazette-extract: " << error << '\n';
    return 2;
  }
  if (opt.show_help) { std::cout << gazette_cli::HelpText(); return 0; }
  if (opt.show_version) { std::cout << "gazette-extract " << GAZETTE_VERSION_STRING << '\n'; return 0; }

  gazette::Config cfg;
  cfg.use_bundled_data = !opt.no_bundled;
  cfg.gazetteer_paths = opt.gazetteers;
  cfg.rule_paths = opt.rules;
  cfg.types = opt.types;
  cfg.relations = !opt.no_relations;
  cfg.entity_rules = cfg.coreference = !opt.gazetteer_only;
  gazette::BuildResult built = gazette::Extractor::Build(cfg);
  if (!built.ok()) {
    for (const gazette::Error& e : built.errors) std::cerr << e << '\n';
    std::cerr << "gazette-extract: " << built.errors.size() << " error(s) in gazetteer or rule data\n";
    return 2;
  }
  const gazette::Extractor& ex = *built.extractor;
  if (opt.stats) {
    std::size_t entries = 0, aliases = 0;
    std::cout << "type\tentries\taliases\n";
    for (const auto& [type, s] : ex.stats()) {
      std::cout << type << '\t' << s.entries << '\t' << s.aliases << '\n';
      entries += s.entries;
      aliases += s.aliases;
    }
    std::cout << "total\t" << entries << '\t' << aliases << '\n';
    return 0;
  }
  if (opt.inputs.empty()) opt.inputs.emplace_back("-");
  unsigned threads = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());

  Output out(opt);
  if (out.failed()) return 1;
  int status = 0;
  const std::size_t kBatchDocs = std::size_t{64} * std::max(1u, threads);
  const std::size_t kBatchBytes = 64u << 20;
  const bool single_bundle = opt.output_format == "stix" && opt.stix_single_bundle;
  // One time for the whole run, so that every bundle of the run agrees.
  if (opt.output_format == "stix" && opt.published.empty()) opt.published = gazette::StixTimestampNow();
  gazette::StixOptions stix_options;
  stix_options.published = opt.published;
  stix_options.attribute = [&ex](const std::string& id, const std::string& key) { return ex.Attribute(id, key); };
  std::unique_ptr<gazette::StixBundleBuilder> bundle;
  if (single_bundle) bundle = std::make_unique<gazette::StixBundleBuilder>(stix_options);
  Progress progress(opt, TotalInputBytes(opt.inputs));
  std::vector<Job> batch;  // batch[0, batch_size) is the current batch; the rest wait to be reused
  std::size_t batch_size = 0, batch_bytes = 0, docs_done = 0;
  std::vector<gazette::Document> docs;  // one per extraction thread, reused
  std::uintmax_t bytes_read = 0;  // input bytes consumed so far (documents and skipped lines)
  bool stop = false;
  auto flush = [&]() {
    if (batch_size == 0) return;
    if (opt.dump_tokens) {
      for (std::size_t i = 0; i < batch_size; ++i) batch[i].output = "# " + batch[i].id + "\n" + ex.DumpTokens(batch[i].text);
    } else {
      Process(ex, opt, &batch, batch_size, threads, &docs);
    }
    for (std::size_t i = 0; i < batch_size; ++i) {
      Job& j = batch[i];
      if (j.doc) {
        bundle->Add(*j.doc);
        j.doc.reset();
      } else if (!(opt.dump_tokens ? out.WriteRaw(j.output) : out.Write(j.output))) {
        stop = true;
        break;
      }
      if (j.output.capacity() > kKeepBytes) std::string().swap(j.output);
    }
    docs_done += batch_size;
    progress.Update(docs_done, bytes_read, false);
    batch_size = 0;
    batch_bytes = 0;
  };
  // The next job of the batch, emptied (its strings keep their capacity); add() then counts it in.
  auto next_job = [&]() -> Job& {
    if (batch_size == batch.size()) batch.emplace_back();
    Job& job = batch[batch_size];
    job.id.clear();
    job.text.clear();
    job.extra = nullptr;
    job.has_extra = false;
    job.input_warning.clear();
    job.output.clear();
    job.doc.reset();
    return job;
  };
  auto add = [&]() {
    batch_bytes += batch[batch_size].text.size();
    ++batch_size;
    if (batch_size >= kBatchDocs || batch_bytes >= kBatchBytes) flush();
  };

  gazette_cli::JsonlRecord record;  // reused line after line
  std::string line_error, default_id;
  for (const std::string& path : opt.inputs) {
    if (stop) break;
    std::string shown = path == "-" ? "<stdin>" : path;
    if (opt.input_format == "text") {
      std::ifstream file;
      std::istream* in = &std::cin;
      if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
          std::cerr << path << ": cannot open: " << std::strerror(errno) << '\n';
          status = 1;
          continue;
        }
        in = &file;
      }
      std::ostringstream ss;
      ss << in->rdbuf();
      Job& job = next_job();
      job.id = StemOf(path);
      job.text = ss.str();
      bytes_read += job.text.size();
      add();
      continue;
    }
    std::FILE* file = stdin;
    if (path != "-") {
      file = std::fopen(path.c_str(), "rb");
      if (!file) {
        std::cerr << path << ": cannot open: " << std::strerror(errno) << '\n';
        status = 1;
        continue;
      }
    }
    gazette_cli::LineReader reader(file);
    default_id = StemOf(path) + ":";  // + the line number, for records without an id
    const std::size_t stem_size = default_id.size();
    std::string_view line;
    long line_no = 0;
    while (!stop && reader.Next(&line)) {
      ++line_no;
      bytes_read += line.size() + 1;
      default_id.resize(stem_size);
      default_id += std::to_string(line_no);
      switch (gazette_cli::ParseJsonlLine(line, default_id, &record, &line_error)) {
        case gazette_cli::JsonlLine::kBlank:
          break;
        case gazette_cli::JsonlLine::kError:
          std::cerr << shown << ':' << line_no << ": " << line_error << '\n';
          status = 1;
          break;
        case gazette_cli::JsonlLine::kDocument: {
          Job& job = next_job();
          job.id.swap(record.id);  // swaps, not moves: the record takes the job's old buffers
          job.text.swap(record.text);
          job.extra = std::move(record.extra);
          job.input_warning.swap(record.warning);
          job.has_extra = true;
          add();
          break;
        }
      }
    }
    if (reader.error()) {
      std::cerr << shown << ": read error\n";
      status = 1;
    }
    if (file != stdin) std::fclose(file);
  }
  if (!stop) flush();
  if (!stop && bundle) {
    if (!out.Write(bundle->Bundle().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))) stop = true;
  }
  progress.Update(docs_done, bytes_read, true);
  if (!out.Close()) return out.broken_pipe() ? 0 : 1;
  if (stop) return out.broken_pipe() ? 0 : 1;
  return status;
}
