// Flat open-addressing hash tables for the hot paths: string keys looked up by std::string_view
// without allocating, and integer keys without per-node allocations. Built once (when rules and
// gazetteers load), then only read, so they need no erase and stay simple: linear probing over a
// power-of-two slot array kept at most half full, entries stored contiguously in insertion order
// (so iteration is deterministic). A bit filter beside the slots (a one-hash Bloom filter) rejects
// most absent keys, the common case when text words are looked up in rule word lists, without probing.
#ifndef GAZETTE_SRC_STRING_TABLE_H_
#define GAZETTE_SRC_STRING_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gazette {

/// A fast, non-cryptographic hash of a byte string (8 bytes a step, multiply-xorshift mixing).
inline uint64_t HashBytes(std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // The same value as the memcpy below, from whole loads: a variable-length memcpy into `w` is a call
  // whose byte stores the next load of `w` cannot forward from (a stall at every token).
  auto byte = [p](std::size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
  if (n >= 4) {
    uint32_t low, high;  // bytes [0, 4) and [n - 4, n): they overlap when n < 8, with equal bytes
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    w = low | (static_cast<uint64_t>(high) << (8 * (n - 4)));
  } else if (n > 0) {
    w = byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
  }
#else
  if (n > 0) std::memcpy(&w, p, n);
#endif
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

/// String -> V. `find` returns a pointer to the entry (`->first`, `->second`), or `end()`.
template <typename V>
class StringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using const_iterator = const value_type*;
  using iterator = value_type*;

  const value_type* find(std::string_view key) const { return find(key, HashBytes(key)); }
  /// Lookup with the key's HashBytes already computed (tokens carry theirs).
  const value_type* find(std::string_view key, uint64_t h) const {
    if (!MayContain(h)) return end();  // most lookups of text words miss: one bit test rejects them
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == 0) return end();
      if (s.tag == tag && entries_[s.index - 1].first == key) return &entries_[s.index - 1];
    }
  }
  std::size_t count(std::string_view key) const { return find(key) != end() ? 1 : 0; }
  const V& at(std::string_view key) const { return find(key)->second; }

  /// Inserts (key, value) unless the key is present; returns the entry and whether it was inserted.
  std::pair<value_type*, bool> emplace(std::string_view key, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashBytes(key);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    std::size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.index == 0) break;
      if (s.tag == tag && entries_[s.index - 1].first == key) return {&entries_[s.index - 1], false};
    }
    entries_.emplace_back(std::string(key), std::move(value));
    slots_[i] = Slot{tag, static_cast<uint32_t>(entries_.size())};
    SetFilterBit(h);
    return {&entries_.back(), true};
  }
  V& operator[](std::string_view key) { return emplace(key, V{}).first->second; }

  void clear() {
    entries_.clear();
    slots_.clear();
    mask_ = 0;
    filter_.clear();
    filter_mask_ = 0;
  }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    while (slots_.size() < n * 2) Grow();
  }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const value_type* begin() const { return entries_.data(); }
  const value_type* end() const { return entries_.data() + entries_.size(); }
  value_type* begin() { return entries_.data(); }
  value_type* end() { return entries_.data() + entries_.size(); }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = 0;  // entry index + 1; 0 = empty
  };

  // The filter: one bit per hash (bits 32 and up, which the slot index does not use), 8 bits per slot,
  // so with the table at most half full at most 1 in 16 bits is set. A map that never held a key has
  // none (mask 0), so building a per-document map allocates nothing until its first key.
  bool MayContain(uint64_t h) const {
    if (filter_mask_ == 0) return false;
    const std::size_t bit = static_cast<std::size_t>(h >> 32) & filter_mask_;
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void SetFilterBit(uint64_t h) {
    const std::size_t bit = static_cast<std::size_t>(h >> 32) & filter_mask_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }

  void Grow() {
    std::size_t capacity = slots_.empty() ? 16 : slots_.size() * 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    filter_.assign(capacity / 8, 0);  // capacity * 8 bits
    filter_mask_ = capacity * 8 - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      const uint64_t h = HashBytes(entries_[e].first);
      std::size_t i = h & mask_;
      while (slots_[i].index != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(e + 1)};
      SetFilterBit(h);
    }
  }

  std::vector<value_type> entries_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<uint64_t> filter_;
  std::size_t filter_mask_ = 0;
};

/// A set of strings with allocation-free lookup; iterates over its strings in insertion order.
class StringSet {
 public:
  class const_iterator {
   public:
    explicit const_iterator(const std::pair<std::string, char>* p) : p_(p) {}
    const std::string& operator*() const { return p_->first; }
    const std::string* operator->() const { return &p_->first; }
    const_iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return p_ == o.p_; }
    bool operator!=(const const_iterator& o) const { return p_ != o.p_; }

   private:
    const std::pair<std::string, char>* p_;
  };

  std::size_t count(std::string_view key) const { return map_.count(key); }
  bool contains(std::string_view key, uint64_t hash) const { return map_.find(key, hash) != map_.end(); }
  bool contains(std::string_view key) const { return map_.count(key) != 0; }
  std::pair<const_iterator, bool> insert(std::string_view key) {
    auto [entry, inserted] = map_.emplace(key, 0);
    return {const_iterator(entry), inserted};
  }
  std::pair<const_iterator, bool> emplace(std::string_view key) { return insert(key); }
  void reserve(std::size_t n) { map_.reserve(n); }
  void clear() { map_.clear(); }
  std::size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }
  const_iterator begin() const { return const_iterator(map_.begin()); }
  const_iterator end() const { return const_iterator(map_.end()); }

 private:
  StringMap<char> map_;
};

/// uint64 -> uint32 for integer-keyed hot lookups (trie edges). Key ~0 is reserved.
class IntMap {
 public:
  static constexpr uint64_t kEmpty = ~uint64_t{0};

  /// Returns the value for `key`, or `missing`.
  uint32_t get(uint64_t key, uint32_t missing) const {
    if (slots_.empty()) return missing;
    for (std::size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == kEmpty) return missing;
    }
  }
  /// Sets key -> value (overwriting).
  void set(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    std::size_t i = Mix(key) & mask_;
    while (slots_[i].key != kEmpty && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == kEmpty) ++size_;
    slots_[i] = Slot{key, value};
  }
  void reserve(std::size_t n) {
    while (slots_.size() < n * 2) Grow();
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  static uint64_t Mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDull;
    k ^= k >> 33;
    return k;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    std::size_t capacity = old.empty() ? 16 : old.size() * 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& s : old)
      if (s.key != kEmpty) set(s.key, s.value);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace gazette

#endif  // GAZETTE_SRC_STRING_TABLE_H_
