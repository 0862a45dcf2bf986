// Benchmark inputs: a news-like corpus generated from a fixed seed, generated person and organization
// names for the large gazetteer, and the optional evaluation texts from ../shared/eval.
#ifndef GAZETTE_TESTS_BENCH_CORPUS_H_
#define GAZETTE_TESTS_BENCH_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace gazette_bench {

/// splitmix64: tiny, fast, and the same sequence on every platform and standard library (unlike the
/// <random> distributions, whose output is implementation-defined).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n); n > 0.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  /// True with probability percent/100.
  bool Percent(unsigned percent) { return Below(100) < percent; }

 private:
  uint64_t state_;
};

/// A list of documents; `bytes` is their total size.
struct Corpus {
  std::string name;
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  /// The documents joined by a blank line: the single buffer the byte-level baselines scan.
  std::string Joined() const;
  /// The first documents whose total size is at least `bytes` (or all of them).
  Corpus Prefix(std::size_t bytes) const;
};

/// What the generator draws from: names by entity type (bundled gazetteers), demonyms, common words
/// and the sample sentences of examples/data.
struct GeneratorInputs {
  std::map<std::string, std::vector<std::string>> names_by_type;  ///< every canonical name and alias
  std::vector<std::string> demonyms_upper;  ///< capitalized demonyms ("French", "Chinese")
  std::vector<std::string> demonyms_lower;  ///< lower-case (French) demonyms ("belges", "chinois")
  std::vector<std::string> common_words;    ///< lower-case words for filler sentences
  std::vector<std::string> sample_en;       ///< sentences of examples/data/sample-en.txt
  std::vector<std::string> sample_fr;       ///< sentences of examples/data/sample-fr.txt
};

/// Generated names: `persons` ("Velor Kandrasi") and `organizations` ("Morvane Trilos Labs").
struct GeneratedNames {
  std::vector<std::string> persons;
  std::vector<std::string> organizations;
};

/// `persons` + `organizations` distinct names from `seed`, none equal (ASCII case-insensitively) to a
/// name in `taken`, so the generated gazetteer never duplicates a bundled alias.
GeneratedNames GenerateNames(std::size_t persons, std::size_t organizations, uint64_t seed,
                             const std::unordered_set<std::string>& taken_lower);

/// The names as a gazetteer TSV (PERSON ids person:bench-N, ORGANIZATION ids org:bench-N).
std::string NamesTsv(const GeneratedNames& names);

/// English (70%) and French (30%) news-like documents of 2-6 KB until `target_bytes` is reached.
/// Each document is a headline and paragraphs mixing entity templates (groups, countries, demonyms,
/// locations, generated persons and organizations, relation triggers), sample sentences, IOC lines and
/// filler sentences of common words. The same seed gives the same documents; a smaller target gives a
/// prefix of a larger one.
Corpus GenerateCorpus(const GeneratorInputs& in, const GeneratedNames& names, std::size_t target_bytes, uint64_t seed);

/// seeds/*.txt and the "text" fields of annoctr/train.jsonl and dev.jsonl under `eval_dir`, repeated
/// in order until `target_bytes`. Empty (no documents) when the directory has none of them.
Corpus LoadEvalCorpus(const std::string& eval_dir, std::size_t target_bytes);

/// FNV-1a 64 of every document (and its length), in order: the corpus fingerprint.
uint64_t Fingerprint(const Corpus& corpus);

/// Whole file, or false when it cannot be read.
bool ReadFile(const std::string& path, std::string* out);

}  // namespace gazette_bench

#endif  // GAZETTE_TESTS_BENCH_CORPUS_H_
