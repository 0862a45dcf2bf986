// Validating and writing our TSV gazetteer format (gazetteers/README.md).
#ifndef GAZETTE_TOOLS_TSV_WRITER_H_
#define GAZETTE_TOOLS_TSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "entry.h"

namespace gazette::import {

/// The column header line, without newline.
inline constexpr char kTsvColumnHeader[] = "id\ttype\tcanonical\taliases\tattributes";

/// A field value safe for a TSV column: CollapseWhitespace (no TAB, CR, LF, NBSP runs).
std::string CleanField(std::string_view text);

/// Why `alias` (already cleaned) cannot be written in the aliases column, or "" when it
/// can: '|' separates aliases and braces hold flags, and the format has no escape, so such
/// an alias is dropped by the caller with a warning.
std::string AliasSyntaxProblem(std::string_view alias);

/// A canonical name safe for its column: cleaned, with '|' and braces (which a reader might
/// take for alias syntax) replaced by '/' and parentheses. Sets *changed when it did so.
std::string CleanCanonical(std::string_view name, bool* changed);

/// A attribute value safe for the attributes column: cleaned, ';' replaced by ','.
std::string CleanAttributeValue(std::string_view value);

/// `name{flag,flag}`.
std::string FormatAlias(const Alias& alias);
/// `key=value;key=value`.
std::string FormatAttributes(const std::vector<Attribute>& attributes);

/// Writes each comment line prefixed by "# ", the column header, then the entries sorted
/// by id (then type), one a line. Fields are cleaned again here, so the output always has
/// exactly five TAB-separated fields a line whatever the caller passed.
void WriteTsv(const std::vector<std::string>& comment_lines, std::vector<Entry> entries,
              std::ostream& out);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_TSV_WRITER_H_
