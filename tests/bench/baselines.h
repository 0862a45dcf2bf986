// Peers the benchmark times in the same process as Gazette, so ratios survive noisy machines:
// a byte-scan floor, ICU's word BreakIterator, a Hyperscan literal set, one RE2 alternation and a
// token n-gram hash matcher, the last three over every gazetteer alias.
#ifndef GAZETTE_TESTS_BENCH_BASELINES_H_
#define GAZETTE_TESTS_BENCH_BASELINES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gazette_bench {

/// Words (runs of non-space bytes) and lines: the cheapest pass over every byte.
struct ByteScanCount {
  std::size_t words = 0;
  std::size_t lines = 0;
};
ByteScanCount ByteScan(std::string_view text);

/// ICU's word BreakIterator (root locale) over UTF-16 text. Conversion is separate: `ToUtf16` times
/// on its own, `CountWords` assumes the text is already UTF-16.
class IcuWordBreak {
 public:
  IcuWordBreak();
  ~IcuWordBreak();
  /// UTF-8 to UTF-16 with ICU (what a caller of BreakIterator pays first).
  static std::u16string ToUtf16(std::string_view utf8);
  /// Boundaries whose rule status is a word (letters, numbers, ideographs...), not spaces or punctuation.
  std::size_t CountWords(const std::u16string& text) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Aliases as the byte-level peers see them: unique (ASCII case-insensitively), non-empty.
std::vector<std::string> UniqueAliases(const std::vector<std::string>& aliases);

/// True for bytes [A-Za-z0-9_], the word characters of RE2's \b; used by every byte-level peer.
inline bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Hyperscan literal set (hs_compile_lit_multi, HS_FLAG_CASELESS) of all aliases. Reports every
/// (alias, end offset) with ASCII word boundaries at both ends, overlapping matches included.
class HyperscanMatcher {
 public:
  HyperscanMatcher();
  ~HyperscanMatcher();
  static bool Available();  ///< false when the bench was built without libhs
  bool Compile(const std::vector<std::string>& aliases, std::string* error);
  std::size_t Count(std::string_view text) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// One RE2 alternation `\b(?:alias|...)\b`, case-insensitive, longest_match, max_mem set high.
/// Counts non-overlapping leftmost-longest matches.
class Re2Matcher {
 public:
  Re2Matcher();
  ~Re2Matcher();
  bool Compile(const std::vector<std::string>& aliases, int64_t max_mem, std::string* error);
  std::size_t Count(std::string_view text) const;
  std::size_t ProgramSize() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// A token n-gram hash matcher: text and aliases cut into tokens (runs of ASCII letters and digits
/// and non-ASCII bytes, ASCII lower-cased), each alias's token sequence hashed incrementally into one
/// open-addressing table that also marks every proper prefix, so the scan from a token stops as soon
/// as no alias continues. Leftmost-longest, non-overlapping, whole tokens only.
class NgramMatcher {
 public:
  void Build(const std::vector<std::string>& aliases);
  std::size_t Count(std::string_view text) const;
  std::size_t max_tokens() const { return max_tokens_; }

 private:
  enum : uint8_t { kFull = 1, kPrefix = 2 };
  void Insert(uint64_t key, uint8_t flag);
  uint8_t Find(uint64_t key) const;
  std::vector<uint64_t> keys_;
  std::vector<uint8_t> flags_;
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
  std::size_t max_tokens_ = 0;
};

}  // namespace gazette_bench

#endif  // GAZETTE_TESTS_BENCH_BASELINES_H_
