// Tests of src/overlap.cc: the one overlap policy (longer, then source, then type, then position).
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "mention.h"
#include "overlap.h"

namespace gazette {
namespace {

Mention M(uint32_t first, uint32_t end, const std::string& type, MentionSource kind, const std::string& id = "") {
  Mention m;
  m.first_token = first;
  m.end_token = end;
  static StringArena arena;  // mentions view their strings; the arena keeps them for the whole test run
  m.type = arena.Store(type);
  m.kind = kind;
  m.canonical_id = arena.Store(id.empty() ? type + ":" + std::to_string(first) + "-" + std::to_string(end) : id);
  return m;
}

std::vector<std::string> Ids(const std::vector<Mention>& ms) {
  std::vector<std::string> out;
  for (const Mention& m : ms) out.emplace_back(m.canonical_id);
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("overlap: the longer span wins, whatever its source and type") {
  std::vector<Mention> in = {M(0, 1, "GROUP", MentionSource::kDefinition, "short"),
                             M(0, 3, "LOCATION", MentionSource::kCoreference, "long")};
  CHECK(Ids(ResolveOverlaps(in)) == Strings{"long"});
  SUBCASE("also when the spans only partly overlap") {
    std::vector<Mention> partial = {M(2, 4, "GROUP", MentionSource::kGazetteer, "two"),
                                    M(3, 6, "PERSON", MentionSource::kTokenRule, "three")};
    CHECK(Ids(ResolveOverlaps(partial)) == Strings{"three"});
  }
}

TEST_CASE("overlap: at equal length the higher source wins") {
  // definition > gazetteer > pattern > token rule > coreference
  std::vector<Mention> in = {M(0, 2, "GROUP", MentionSource::kCoreference, "coref"),
                             M(0, 2, "GROUP", MentionSource::kTokenRule, "token"),
                             M(0, 2, "GROUP", MentionSource::kPattern, "pattern"),
                             M(0, 2, "GROUP", MentionSource::kGazetteer, "gazetteer")};
  CHECK(Ids(ResolveOverlaps(in)) == Strings{"gazetteer"});
  in.push_back(M(0, 2, "LOCATION", MentionSource::kDefinition, "definition"));
  CHECK(Ids(ResolveOverlaps(in)) == Strings{"definition"});
  SUBCASE("pattern over token rule") {
    std::vector<Mention> two = {M(1, 2, "PERSON", MentionSource::kTokenRule, "token"),
                                M(1, 2, "GROUP", MentionSource::kPattern, "pattern")};
    CHECK(Ids(ResolveOverlaps(two)) == Strings{"pattern"});
  }
}

TEST_CASE("overlap: at equal length and source the type priority decides") {
  // GROUP > AGENCY > ORGANIZATION > PERSON > COUNTRY > LOCATION > others
  const std::vector<std::string> order = {"GROUP", "AGENCY", "ORGANIZATION", "PERSON", "COUNTRY", "LOCATION", "MALWARE", "TOOL"};
  for (std::size_t hi = 0; hi < order.size(); ++hi) {
    for (std::size_t lo = hi + 1; lo < order.size(); ++lo) {
      CAPTURE(order[hi]);
      CAPTURE(order[lo]);
      std::vector<Mention> in = {M(0, 1, order[lo], MentionSource::kGazetteer, "lo"),
                                 M(0, 1, order[hi], MentionSource::kGazetteer, "hi")};
      if (order[lo] == "TOOL") CHECK(TypePriority("TOOL") == 0);
      CHECK(Ids(ResolveOverlaps(in)) == Strings{"hi"});
    }
  }
}

TEST_CASE("overlap: then the earlier start, then the earlier-added mention") {
  std::vector<Mention> in = {M(1, 3, "GROUP", MentionSource::kGazetteer, "later"),
                             M(0, 2, "GROUP", MentionSource::kGazetteer, "earlier")};
  CHECK(Ids(ResolveOverlaps(in)) == Strings{"earlier"});
  std::vector<Mention> same = {M(0, 2, "GROUP", MentionSource::kGazetteer, "first-added"),
                               M(0, 2, "GROUP", MentionSource::kGazetteer, "second-added")};
  CHECK(Ids(ResolveOverlaps(same)) == Strings{"first-added"});
}

TEST_CASE("overlap: the result never overlaps, is sorted by position and keeps disjoint mentions") {
  std::vector<Mention> in = {M(5, 6, "COUNTRY", MentionSource::kGazetteer, "c"),
                             M(0, 2, "GROUP", MentionSource::kGazetteer, "a"),
                             M(1, 2, "PERSON", MentionSource::kTokenRule, "dropped"),
                             M(2, 4, "AGENCY", MentionSource::kPattern, "b"),
                             M(3, 3, "GROUP", MentionSource::kGazetteer, "empty")};
  std::vector<Mention> out = ResolveOverlaps(in);
  CHECK(Ids(out) == Strings{"a", "b", "c"});
  for (std::size_t i = 1; i < out.size(); ++i) CHECK(out[i - 1].end_token <= out[i].first_token);
  CHECK(ResolveOverlaps({}).empty());
}

TEST_CASE("overlap: a call keeps nothing of an earlier, larger call, on this thread or another") {
  std::vector<Mention> large;
  for (uint32_t t = 0; t < 200; t += 2) large.push_back(M(t, t + 3, "GROUP", MentionSource::kGazetteer));
  const std::vector<Mention> large_out = ResolveOverlaps(large);
  CHECK(large_out.size() == 50);  // the earlier start wins: 0-3, 4-7, ..., 196-199
  std::vector<Mention> small = {M(1, 3, "PERSON", MentionSource::kTokenRule, "p"),
                                M(0, 1, "COUNTRY", MentionSource::kGazetteer, "c")};
  CHECK(Ids(ResolveOverlaps(small)) == Strings{"c", "p"});
  CHECK(Ids(ResolveOverlaps(large)) == Ids(large_out));
  std::vector<std::string> on_other_thread;
  std::thread([&] { on_other_thread = Ids(ResolveOverlaps(large)); }).join();
  CHECK(on_other_thread == Ids(large_out));
}

}  // namespace
}  // namespace gazette
