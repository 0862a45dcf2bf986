// An index of phrases (cues, triggers) by their first two words. Rule files hold many phrases that
// open with the same frequent word (70-odd cues open with ",", 30-odd French triggers with "a"); indexed
// by the first word alone, each comma or "a" in a text would be compared with all of them. Here a
// word finds the one-word phrases it is, and the longer ones through the word that follows it.
#ifndef GAZETTE_SRC_PHRASE_INDEX_H_
#define GAZETTE_SRC_PHRASE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "string_table.h"

namespace gazette {

class PhraseIndex {
 public:
  /// What a phrase stands for: (rule index, phrase index within the rule).
  using Ref = std::pair<std::size_t, std::size_t>;

  /// The phrases found at one text position: two lists in Add order, iterated merged (so rules apply
  /// in the order their files give them).
  class Candidates {
   public:
    class iterator {
     public:
      iterator(const std::vector<Ref>* a, const std::vector<Ref>* b, std::size_t i, std::size_t j) : a_(a), b_(b), i_(i), j_(j) {}
      const Ref& operator*() const { return TakeA() ? (*a_)[i_] : (*b_)[j_]; }
      iterator& operator++() {
        if (TakeA()) ++i_;
        else ++j_;
        return *this;
      }
      bool operator!=(const iterator& o) const { return i_ != o.i_ || j_ != o.j_; }

     private:
      bool TakeA() const { return j_ == b_->size() || (i_ < a_->size() && (*a_)[i_] < (*b_)[j_]); }
      const std::vector<Ref>* a_;
      const std::vector<Ref>* b_;
      std::size_t i_, j_;
    };
    Candidates(const std::vector<Ref>* a, const std::vector<Ref>* b) : a_(a), b_(b) {}
    iterator begin() const { return iterator(a_, b_, 0, 0); }
    iterator end() const { return iterator(a_, b_, a_->size(), b_->size()); }

   private:
    const std::vector<Ref>* a_;
    const std::vector<Ref>* b_;
  };

  /// Adds a non-empty phrase of folded keys. Refs must be added in increasing order.
  void Add(const std::vector<std::string>& phrase, Ref ref) {
    Bucket& bucket = by_first_[phrase[0]];
    if (phrase.size() == 1) bucket.one_word.push_back(ref);
    else bucket.by_second[phrase[1]].push_back(ref);
  }
  void clear() { by_first_.clear(); }

  /// Whether some phrase starts with this word.
  bool HasFirst(std::string_view first, uint64_t first_hash) const { return by_first_.find(first, first_hash) != by_first_.end(); }

  /// The phrases that may start at a word (`first`, with its HashBytes) followed by `second` (null at
  /// the end of the text). Callers still compare the whole phrase with the text.
  Candidates At(std::string_view first, uint64_t first_hash, const std::string_view* second, uint64_t second_hash) const {
    auto it = by_first_.find(first, first_hash);
    if (it == by_first_.end()) return Candidates(&kNone, &kNone);
    const std::vector<Ref>* longer = &kNone;
    if (second != nullptr) {
      auto l = it->second.by_second.find(*second, second_hash);
      if (l != it->second.by_second.end()) longer = &l->second;
    }
    return Candidates(&it->second.one_word, longer);
  }

 private:
  struct Bucket {
    std::vector<Ref> one_word;
    StringMap<std::vector<Ref>> by_second;
  };
  static inline const std::vector<Ref> kNone{};
  StringMap<Bucket> by_first_;
};

}  // namespace gazette

#endif  // GAZETTE_SRC_PHRASE_INDEX_H_
