// The one message table for error codes, and how an Error prints.
#include "gazette/error.h"

namespace gazette {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kIoError: return "io-error";
    case ErrorCode::kBadHeader: return "bad-header";
    case ErrorCode::kColumnCount: return "column-count";
    case ErrorCode::kBadId: return "bad-id";
    case ErrorCode::kUnknownType: return "unknown-type";
    case ErrorCode::kDuplicateId: return "duplicate-id";
    case ErrorCode::kConflictingEntry: return "conflicting-entry";
    case ErrorCode::kDuplicateAlias: return "duplicate-alias";
    case ErrorCode::kEmptyAlias: return "empty-alias";
    case ErrorCode::kAliasTooLong: return "alias-too-long";
    case ErrorCode::kUnknownFlag: return "unknown-flag";
    case ErrorCode::kBadAttribute: return "bad-attribute";
    case ErrorCode::kInvalidUtf8: return "invalid-utf8";
    case ErrorCode::kTooManyAliases: return "too-many-aliases";
    case ErrorCode::kJsonSyntax: return "json-syntax";
    case ErrorCode::kBadRule: return "bad-rule";
    case ErrorCode::kBadPattern: return "bad-pattern";
  }
  return "unknown";
}

std::ostream& operator<<(std::ostream& os, const Error& e) {
  if (!e.file.empty()) {
    os << e.file;
    if (e.line > 0) {
      os << ':' << e.line;
      if (e.column > 0) os << ':' << e.column;
    }
    os << ": ";
  }
  return os << e.message << " [" << ErrorCodeName(e.code) << ']';
}

}  // namespace gazette
