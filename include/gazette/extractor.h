// The extractor: built once from gazetteers and rules, then shared and used from any number of threads.
#ifndef GAZETTE_EXTRACTOR_H_
#define GAZETTE_EXTRACTOR_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazette/config.h"
#include "gazette/document.h"
#include "gazette/error.h"

namespace gazette {

class Extractor;

/// What `Extractor::Build` returns: an extractor, or the list of every error found in the data.
struct BuildResult {
  std::shared_ptr<const Extractor> extractor;  ///< null when errors is not empty
  std::vector<Error> errors;                   ///< every problem found, in file order
  bool ok() const { return extractor != nullptr; }
};

/// Entry and alias counts of one entity type, for `Extractor::stats`.
struct TypeStats {
  std::size_t entries = 0;
  std::size_t aliases = 0;
};

/// Finds entities and relations in English and French text.
///
/// Building compiles every gazetteer into a token trie and loads every rule; it reads files, costs
/// tens of milliseconds and may fail (see `BuildResult::errors`). An `Extractor` is immutable after
/// `Build`: every method is const, keeps no cache, and is safe to call from many threads at once on
/// one shared instance. `Extract` never throws on any input text (invalid UTF-8, NUL bytes, huge
/// lines): problems become `Document::warnings`.
///
///   gazette::BuildResult r = gazette::Extractor::Build(gazette::Config{});
///   if (!r.ok()) { for (const auto& e : r.errors) std::cerr << e << '\n'; return 1; }
///   gazette::Document doc = r.extractor->Extract("APT31 was targeting France.");
///   for (const gazette::Entity& e : doc.entities) std::cout << e.type << ' ' << e.text << '\n';
class Extractor {
 public:
  /// Loads the bundled data (unless disabled) and every configured path. Never throws for bad data.
  static BuildResult Build(const Config& config);

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  /// Extracts entities and relations from `text` (UTF-8; invalid bytes are tolerated).
  Document Extract(std::string_view text, std::string_view id = {}) const;

  /// The same as `*out = Extract(text, id)`, but reusing the storage of `*out`: its strings and
  /// vectors keep their capacity, so a loop that extracts into one Document per thread allocates
  /// little once it is warm. Every member of `*out` is overwritten; `text` may view `out->text`.
  ///
  ///   gazette::Document doc;  // one per thread
  ///   for (const std::string& t : texts) { ex->ExtractInto(t, {}, &doc); Use(doc); }
  void ExtractInto(std::string_view text, std::string_view id, Document* out) const;

  /// One line per token and sentence, for inspecting the text layer (`gazette-extract --dump-tokens`).
  std::string DumpTokens(std::string_view text) const;

  /// Gazetteer entry and alias counts by entity type.
  std::map<std::string, TypeStats> stats() const;

  /// An attribute of a gazetteer entry ("country", "mitre", "iso2", ...), or "" when the entry or
  /// the attribute is unknown. `canonical_id` is an Entity::canonical_id.
  std::string Attribute(std::string_view canonical_id, std::string_view key) const;

  /// The configuration this extractor was built with.
  const Config& config() const;

  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gazette

#endif  // GAZETTE_EXTRACTOR_H_
