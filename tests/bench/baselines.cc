// The peers. Each is the simplest honest use of its library: ICU's word BreakIterator as a
// tokenization reference, Hyperscan and RE2 as "compile every alias into one automaton and scan the
// bytes", and a token n-gram hash table as the obvious hand-written gazetteer. None of them folds
// accents, spacing or hyphen variants or applies case rules, so their match counts are a sanity
// check on scale, not the same answer as Gazette's.
#include "baselines.h"

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_set>

#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
#include <hs.h>
#endif

namespace gazette_bench {

ByteScanCount ByteScan(std::string_view text) {
  ByteScanCount out;
  bool in_word = false;
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    out.words += (!space && !in_word);
    out.lines += (c == '\n');
    in_word = !space;
  }
  return out;
}

struct IcuWordBreak::State {
  std::unique_ptr<icu::BreakIterator> it;
};

IcuWordBreak::IcuWordBreak() : state_(new State) {
  UErrorCode status = U_ZERO_ERROR;
  state_->it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) state_->it.reset();
}

IcuWordBreak::~IcuWordBreak() = default;

std::u16string IcuWordBreak::ToUtf16(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return std::u16string(reinterpret_cast<const char16_t*>(s.getBuffer()), static_cast<std::size_t>(s.length()));
}

std::size_t IcuWordBreak::CountWords(const std::u16string& text) const {
  if (!state_->it) return 0;
  // A read-only alias: no copy of the text.
  icu::UnicodeString s(false, text.data(), static_cast<int32_t>(text.size()));
  icu::BreakIterator& it = *state_->it;
  it.setText(s);
  std::size_t words = 0;
  it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next())
    if (it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++words;
  return words;
}

std::vector<std::string> UniqueAliases(const std::vector<std::string>& aliases) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> out;
  for (const std::string& a : aliases) {
    if (a.empty()) continue;
    std::string lower = a;
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (seen.insert(lower).second) out.push_back(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hyperscan

struct HyperscanMatcher::State {
#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
  std::vector<std::size_t> lengths;
  ~State() {
    if (scratch) hs_free_scratch(scratch);
    if (db) hs_free_database(db);
  }
#endif
};

HyperscanMatcher::HyperscanMatcher() : state_(new State) {}
HyperscanMatcher::~HyperscanMatcher() = default;

bool HyperscanMatcher::Available() {
#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
  return true;
#else
  return false;
#endif
}

#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
namespace {
struct HsScan {
  const unsigned char* text;
  std::size_t size;
  const std::vector<std::size_t>* lengths;
  std::size_t count = 0;
};

int OnHsMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void* ctx) {
  HsScan& s = *static_cast<HsScan*>(ctx);
  std::size_t end = static_cast<std::size_t>(to);
  std::size_t begin = end - (*s.lengths)[id];
  bool left = begin == 0 || !IsAsciiWordByte(s.text[begin - 1]) || !IsAsciiWordByte(s.text[begin]);
  bool right = end >= s.size || !IsAsciiWordByte(s.text[end]) || !IsAsciiWordByte(s.text[end - 1]);
  if (left && right) ++s.count;
  return 0;
}
}  // namespace
#endif

bool HyperscanMatcher::Compile(const std::vector<std::string>& aliases, std::string* error) {
#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
  std::vector<const char*> exprs;
  std::vector<unsigned> flags, ids;
  state_->lengths.clear();
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    exprs.push_back(aliases[i].data());
    flags.push_back(HS_FLAG_CASELESS);
    ids.push_back(static_cast<unsigned>(i));
    state_->lengths.push_back(aliases[i].size());
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), state_->lengths.data(),
                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &state_->db,
                           &err) != HS_SUCCESS) {
    *error = err && err->message ? err->message : "hs_compile_lit_multi failed";
    if (err) hs_free_compile_error(err);
    return false;
  }
  if (hs_alloc_scratch(state_->db, &state_->scratch) != HS_SUCCESS) {
    *error = "hs_alloc_scratch failed";
    return false;
  }
  return true;
#else
  (void)aliases;
  *error = "built without Hyperscan (libhs not found by pkg-config)";
  return false;
#endif
}

std::size_t HyperscanMatcher::Count(std::string_view text) const {
#ifdef GAZETTE_BENCH_HAVE_HYPERSCAN
  if (!state_->db) return 0;
  HsScan s{reinterpret_cast<const unsigned char*>(text.data()), text.size(), &state_->lengths};
  hs_scan(state_->db, text.data(), static_cast<unsigned>(text.size()), 0, state_->scratch, OnHsMatch, &s);
  return s.count;
#else
  (void)text;
  return 0;
#endif
}

// ---------------------------------------------------------------------------------------------
// RE2

struct Re2Matcher::State {
  std::unique_ptr<RE2> re;
};

Re2Matcher::Re2Matcher() : state_(new State) {}
Re2Matcher::~Re2Matcher() = default;

bool Re2Matcher::Compile(const std::vector<std::string>& aliases, int64_t max_mem, std::string* error) {
  std::string pattern = "\\b(?:";
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += RE2::QuoteMeta(aliases[i]);
  }
  pattern += ")\\b";
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_longest_match(true);
  opt.set_max_mem(max_mem);
  opt.set_log_errors(false);
  state_->re = std::make_unique<RE2>(pattern, opt);
  if (!state_->re->ok()) {
    *error = state_->re->error();
    state_->re.reset();
    return false;
  }
  return true;
}

std::size_t Re2Matcher::Count(std::string_view text) const {
  if (!state_->re) return 0;
  re2::StringPiece input(text.data(), text.size());
  std::size_t n = 0;
  while (RE2::FindAndConsume(&input, *state_->re)) {
    ++n;
    if (input.empty()) break;
  }
  return n;
}

std::size_t Re2Matcher::ProgramSize() const { return state_->re ? static_cast<std::size_t>(state_->re->ProgramSize()) : 0; }

// ---------------------------------------------------------------------------------------------
// Token n-gram hash matcher

namespace {

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

bool IsTokenByte(unsigned char c) { return IsAsciiWordByte(c) || c >= 0x80; }

// Hashes of the tokens of `text`, in order.
void TokenHashes(std::string_view text, std::vector<uint64_t>* out) {
  out->clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (!IsTokenByte(p[i])) { ++i; continue; }
    uint64_t h = 0xcbf29ce484222325ull;
    while (i < n && IsTokenByte(p[i])) {
      unsigned char c = p[i++];
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      h = (h ^ c) * 0x100000001b3ull;
    }
    out->push_back(h);
  }
}

uint64_t Extend(uint64_t seq, uint64_t token) {
  uint64_t k = Mix(seq * 0x9E3779B97F4A7C15ull + token);
  return k == 0 ? 1 : k;  // 0 marks an empty slot
}

}  // namespace

void NgramMatcher::Insert(uint64_t key, uint8_t flag) {
  std::size_t i = key & mask_;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
  if (keys_[i] == 0) {
    keys_[i] = key;
    ++used_;
  }
  flags_[i] |= flag;
}

uint8_t NgramMatcher::Find(uint64_t key) const {
  std::size_t i = key & mask_;
  while (keys_[i] != 0) {
    if (keys_[i] == key) return flags_[i];
    i = (i + 1) & mask_;
  }
  return 0;
}

void NgramMatcher::Build(const std::vector<std::string>& aliases) {
  std::vector<std::vector<uint64_t>> seqs;
  std::size_t total = 0;
  for (const std::string& a : aliases) {
    std::vector<uint64_t> t;
    TokenHashes(a, &t);
    if (t.empty()) continue;
    total += t.size();
    max_tokens_ = std::max(max_tokens_, t.size());
    seqs.push_back(std::move(t));
  }
  std::size_t cap = 16;
  while (cap < 2 * total + 16) cap <<= 1;
  keys_.assign(cap, 0);
  flags_.assign(cap, 0);
  mask_ = cap - 1;
  used_ = 0;
  for (const std::vector<uint64_t>& t : seqs) {
    uint64_t h = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
      h = Extend(h, t[k]);
      Insert(h, k + 1 == t.size() ? kFull : kPrefix);
    }
  }
}

std::size_t NgramMatcher::Count(std::string_view text) const {
  std::vector<uint64_t> toks;
  toks.reserve(text.size() / 5);
  TokenHashes(text, &toks);
  std::size_t count = 0, i = 0;
  const std::size_t n = toks.size();
  while (i < n) {
    uint64_t h = 0;
    std::size_t best = 0;
    for (std::size_t len = 1; len <= max_tokens_ && i + len <= n; ++len) {
      h = Extend(h, toks[i + len - 1]);
      uint8_t f = Find(h);
      if (f & kFull) best = len;
      if (!(f & kPrefix)) break;
    }
    if (best) {
      ++count;
      i += best;
    } else {
      ++i;
    }
  }
  return count;
}

}  // namespace gazette_bench
