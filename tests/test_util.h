// Helpers shared by the unit tests: extractors over fixed data, temporary files, entity lookup.
//
// Two extractors are used throughout:
//  - FixtureExtractor(): no bundled gazetteers; the invented world of tests/data/gazetteers/ plus the
//    project's own rule files (gazetteers/rules, gazetteers/relations). Tests of rules and relations use
//    it so they do not move when the bundled name lists grow.
//  - BundledExtractor(): `Config{}`, exactly what a user gets.
// Both are built once per process (Build costs tens of milliseconds) and shared, as the API intends.
#ifndef GAZETTE_TESTS_TEST_UTIL_H_
#define GAZETTE_TESTS_TEST_UTIL_H_

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "gazette/gazette.h"

// Readable failure messages for the containers the tests compare.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", \"" : "\"") + v[i] + "\"";
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace gazette_test {

inline std::string SourceDir() { return GAZETTE_SOURCE_DIR; }
inline std::string TestDataDir() { return GAZETTE_TEST_DATA_DIR; }

/// Config of the fixture extractor: invented gazetteers, the project's rule files.
inline gazette::Config FixtureConfig() {
  gazette::Config cfg;
  cfg.use_bundled_data = false;
  cfg.gazetteer_paths = {TestDataDir() + "/gazetteers"};
  cfg.rule_paths = {SourceDir() + "/gazetteers/rules", SourceDir() + "/gazetteers/relations"};
  return cfg;
}

inline std::string ErrorsToString(const std::vector<gazette::Error>& errors) {
  std::ostringstream os;
  for (const gazette::Error& e : errors) os << e << '\n';
  return os.str();
}

inline std::shared_ptr<const gazette::Extractor> BuildOrFail(const gazette::Config& cfg) {
  gazette::BuildResult r = gazette::Extractor::Build(cfg);
  INFO(ErrorsToString(r.errors));
  REQUIRE(r.ok());
  return r.extractor;
}

inline const gazette::Extractor& FixtureExtractor() {
  static const std::shared_ptr<const gazette::Extractor> ex = BuildOrFail(FixtureConfig());
  return *ex;
}

inline const gazette::Extractor& BundledExtractor() {
  static const std::shared_ptr<const gazette::Extractor> ex = BuildOrFail(gazette::Config{});
  return *ex;
}

/// A fresh directory under the system temp dir, removed (with its contents) on destruction.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = std::filesystem::temp_directory_path() /
            ("gazette-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `content` (bytes as given) to `name` inside the directory; returns the full path.
  std::string Write(const std::string& name, std::string_view content) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

/// The header line every gazetteer TSV starts with.
inline constexpr const char* kTsvHeader = "id\ttype\tcanonical\taliases\tattributes\n";

/// First entity whose text is `text` (and type `type`, when given), or nullptr.
inline const gazette::Entity* FindEntity(const gazette::Document& doc, std::string_view text,
                                         std::string_view type = {}) {
  for (const gazette::Entity& e : doc.entities)
    if (e.text == text && (type.empty() || e.type == type)) return &e;
  return nullptr;
}

/// Number of entities with this text (and type, when given).
inline int CountEntities(const gazette::Document& doc, std::string_view text, std::string_view type = {}) {
  int n = 0;
  for (const gazette::Entity& e : doc.entities) n += e.text == text && (type.empty() || e.type == type);
  return n;
}

/// First relation of `type` whose head and tail entity texts are as given, or nullptr.
inline const gazette::Relation* FindRelation(const gazette::Document& doc, std::string_view type,
                                             std::string_view head, std::string_view tail) {
  for (const gazette::Relation& r : doc.relations)
    if (r.type == type && doc.entities[r.head].text == head && doc.entities[r.tail].text == tail) return &r;
  return nullptr;
}

/// A readable dump of a document for failure messages.
inline std::string Describe(const gazette::Document& doc) {
  std::ostringstream os;
  os << "text: " << gazette::SanitizeUtf8(doc.text.substr(0, 400)) << "\nlang: " << doc.lang << "\nentities:\n";
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const gazette::Entity& e = doc.entities[i];
    os << "  [" << i << "] " << e.type << " \"" << gazette::SanitizeUtf8(e.text) << "\" bytes [" << e.bytes.begin
       << "," << e.bytes.end << ") id=" << e.canonical_id << " canonical=\"" << e.canonical << "\" source=" << e.source
       << (e.demonym ? " demonym" : "") << '\n';
  }
  os << "relations:\n";
  for (const gazette::Relation& r : doc.relations) {
    os << "  " << r.type << " " << doc.entities[r.head].text << " -> " << doc.entities[r.tail].text << " rule="
       << r.rule << " trigger=\""
       << doc.text.substr(r.trigger_bytes.begin, r.trigger_bytes.end - r.trigger_bytes.begin) << "\"\n";
  }
  for (const std::string& w : doc.warnings) os << "warning: " << w << '\n';
  return os.str();
}

/// `text` sliced at a byte span.
inline std::string Slice(std::string_view text, const gazette::Span& bytes) {
  return std::string(text.substr(bytes.begin, bytes.end - bytes.begin));
}

}  // namespace gazette_test

#endif  // GAZETTE_TESTS_TEST_UTIL_H_
