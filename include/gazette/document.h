// The result of extracting from one text: the text itself, entities, relations and warnings.
#ifndef GAZETTE_DOCUMENT_H_
#define GAZETTE_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace gazette {

/// A half-open range [begin, end). Byte spans index the original UTF-8 text, so for an entity
/// `text.substr(bytes.begin, bytes.end - bytes.begin) == entity.text`; char spans count Unicode
/// code points (an invalid byte counts as one code point, U+FFFD), as Python indexes strings.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

/// One mention of a named entity.
struct Entity {
  std::string type;          ///< GROUP, AGENCY, ORGANIZATION, PERSON, COUNTRY, LOCATION, MALWARE, or a user type
  std::string text;          ///< the exact original bytes of the mention
  Span bytes;                ///< byte offsets into Document::text
  Span chars;                ///< code-point offsets into Document::text
  std::string canonical;     ///< display name of the entity (the gazetteer's, or derived by a rule)
  std::string canonical_id;  ///< stable id ("group:apt31", "country:FR"); rules derive one when no list knows the name
  std::string source;        ///< what found it: "gazetteer:<file>:<line>" or "rule:<rule id>"
  std::string alias;         ///< the gazetteer alias that matched, when a gazetteer found it
  bool demonym = false;      ///< a nationality adjective or noun naming a country ("French authorities")
};

/// A typed link between two entities of the document, with the words that justify it.
struct Relation {
  std::string type;          ///< attributed-to, notified, targeted, member-of, leads, sanctioned, summoned, accused, based-in
  std::size_t head = 0;      ///< index into Document::entities
  std::size_t tail = 0;      ///< index into Document::entities
  Span trigger_bytes;        ///< the trigger words (empty span when the structure alone is the evidence)
  Span trigger_chars;
  Span sentence_bytes;       ///< the sentence holding the evidence
  Span sentence_chars;
  std::string rule;          ///< id of the rule that produced it
  double confidence = 1.0;   ///< the rule's confidence, 0..1
};

/// A sentence found by the splitter.
struct Sentence {
  Span bytes;
  Span chars;
};

/// Everything extracted from one text. Owns a copy of the text; spans index it.
struct Document {
  std::string id;
  std::string text;
  std::string lang;                    ///< "en" or "fr", guessed from function words
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;        ///< sorted by position; spans never overlap
  std::vector<Relation> relations;
  std::vector<std::string> warnings;   ///< e.g. invalid UTF-8 replaced, document too large
};

}  // namespace gazette

#endif  // GAZETTE_DOCUMENT_H_
