// Errors as data: what went wrong, and where.
//
// Loading gazetteers and rule files never throws and never stops at the first problem: every problem
// found becomes one `Error` naming the file, the 1-based line and column, and the offending token, e.g.
//
//   gazetteers/groups.tsv:42:17: duplicate alias "APT 31" (also line 17, id group:apt31)
#ifndef GAZETTE_ERROR_H_
#define GAZETTE_ERROR_H_

#include <ostream>
#include <string>

namespace gazette {

/// Every kind of error the library reports. `ErrorCodeName` gives the stable name used in messages.
enum class ErrorCode {
  kIoError,            ///< a file or directory could not be read
  kBadHeader,          ///< a TSV file's header row is missing or names other columns
  kColumnCount,        ///< a TSV line does not have the header's number of fields
  kBadId,              ///< an id is empty or not of the form prefix:slug
  kUnknownType,        ///< an entity type is not a valid type name
  kDuplicateId,        ///< the same id twice in one file
  kConflictingEntry,   ///< two entries with one id disagree on type or canonical name
  kDuplicateAlias,     ///< one alias names two entries of one type without the `ambiguous` flag
  kEmptyAlias,         ///< an alias (or canonical name) is empty or only punctuation
  kAliasTooLong,       ///< an alias is longer than Config::max_alias_bytes
  kUnknownFlag,        ///< an alias flag other than cs, ci, cap, demonym, ambiguous
  kBadAttribute,       ///< an attribute is not key=value
  kInvalidUtf8,        ///< a data file holds bytes that are not UTF-8
  kTooManyAliases,     ///< the gazetteers exceed Config::max_gazetteer_aliases
  kJsonSyntax,         ///< a rule file is not valid JSON
  kBadRule,            ///< a rule lacks a field, has one of the wrong kind, or an unknown value
  kBadPattern,         ///< an RE2 pattern does not compile (message quotes RE2's error)
};

/// The stable lower-case name of a code, e.g. "duplicate-alias".
const char* ErrorCodeName(ErrorCode code);

/// One problem found while building an extractor. `line` and `column` are 1-based; 0 means unknown.
struct Error {
  ErrorCode code = ErrorCode::kIoError;
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

/// Prints `file:line:column: message` (omitting parts that are unknown).
std::ostream& operator<<(std::ostream& os, const Error& error);

}  // namespace gazette

#endif  // GAZETTE_ERROR_H_
