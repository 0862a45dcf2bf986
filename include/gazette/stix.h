// STIX 2.1 views of Documents: a bundle with a report, one object per entity and one relationship
// per fact (docs/stix-output.md).
#ifndef GAZETTE_STIX_H_
#define GAZETTE_STIX_H_

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazette/document.h"

namespace gazette {

/// The namespace of every STIX id Gazette derives: uuid5(NAMESPACE_URL, "urn:gazette:stix").
/// Fixed for good, since every id depends on it.
inline constexpr const char* kStixIdNamespace = "84cbfc83-6c73-5bf7-9a7d-3675a9dc6510";

/// Options for the STIX views. Every field has a working default.
struct StixOptions {
  /// The report's `published` and every object's `created`/`modified`: any form
  /// `NormalizeStixTimestamp` accepts. Empty = the current UTC time, read once per bundle.
  std::string published;
  /// Facts a Document does not carry, by canonical_id and gazetteer attribute key: "country" (ISO
  /// alpha-2, for LOCATION), "kind" (LOCATION: city, region, continent, ...), "mitre" (ATT&CK group
  /// id such as G0128, for GROUP). Returns "" when unknown. Unset = nothing is known beyond the
  /// Document. Called from the thread that builds the bundle.
  std::function<std::string(const std::string& canonical_id, const std::string& key)> attribute;
};

/// The STIX id `<type>--<uuid>` where uuid is the UUIDv5 of `name` in kStixIdNamespace, e.g.
/// StixId("intrusion-set", "intrusion-set|group:apt31"). Deterministic across runs and machines.
std::string StixId(std::string_view type, std::string_view name);

/// Converts an RFC 3339 time (`2024-03-05T14:30:00Z`, `2024-03-05T15:30:00.25+01:00`) or a date
/// (`2024-03-05`, read as midnight UTC) to a STIX timestamp: UTC, `Z`, at least millisecond digits
/// (`2024-03-05T14:30:00.000Z`). Returns false, leaving `out` alone, for anything else.
bool NormalizeStixTimestamp(std::string_view text, std::string* out);

/// The current UTC time as a STIX timestamp with milliseconds.
std::string StixTimestampNow();

/// Builds one STIX 2.1 bundle from any number of documents, one at a time, so that the documents
/// need not be kept: the builder keeps only the STIX objects (one per distinct entity and fact) and
/// up to 10 evidence sentences per fact. Not thread-safe: use one builder per thread.
///
///   gazette::StixBundleBuilder builder;
///   for (const std::string& text : texts) builder.Add(extractor->Extract(text, id_of(text)));
///   std::cout << builder.Bundle().dump() << '\n';
class StixBundleBuilder {
 public:
  /// Throws std::invalid_argument when options.published is set but not a valid time (a
  /// programmer error: check it first with NormalizeStixTimestamp).
  explicit StixBundleBuilder(StixOptions options = {});
  ~StixBundleBuilder();
  StixBundleBuilder(StixBundleBuilder&&) noexcept;
  StixBundleBuilder& operator=(StixBundleBuilder&&) noexcept;

  /// Adds a report for `doc` and merges its entities and relations into the bundle's objects.
  void Add(const Document& doc);

  /// The bundle so far: reports in the order added, entity objects in order of first mention,
  /// relationships in order of first mention, then the identity of Gazette itself (the
  /// `created_by_ref` of every other object).
  nlohmann::json Bundle() const;

  /// How many documents were added.
  std::size_t documents() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The document as a STIX 2.1 bundle (see StixBundleBuilder). Throws only as StixBundleBuilder does.
nlohmann::json ToStixBundle(const Document& doc, const StixOptions& options = {});

/// Several documents as one bundle: one report each, shared objects for shared entities and facts.
nlohmann::json ToStixBundle(const std::vector<Document>& docs, const StixOptions& options = {});

}  // namespace gazette

#endif  // GAZETTE_STIX_H_
